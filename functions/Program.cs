Console.WriteLine("recaps");
