namespace Recaps.Core.Model;

/// <summary>Which way a move went. <see cref="Mixed"/> is for groups the text calls mixed.</summary>
public enum Direction
{
    Up,
    Down,
    Flat,
    Mixed,
}
