using Microsoft.AspNetCore.Routing;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The local chat's HTTP surface: the page at <c>GET /</c> (where the handler has its readiness text), the Direct
/// Line stand-in under <c>/directline</c>, and the connector under <c>/v3</c>. Needs <see cref="ChatServices.AddLocalChat"/>.
/// </summary>
internal static class ChatEndpoints
{
    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder app) => app.MapChatPage().MapDirectLine().MapConnector();
}
