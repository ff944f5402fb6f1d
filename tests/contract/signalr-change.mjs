// Microsoft's own JS SignalR client, as an integrator would use it, against CampaignHub's hub.
// usage: node signalr-change.mjs <baseUrl> <expectedKind> [cookieHeader]
// Prints "ready" once subscribed, then the first change of <expectedKind> as JSON, and exits 0.
// Exits 3 when the connection is refused (e.g. no cookie), 2 on timeout.
import * as signalR from "@microsoft/signalr";

const [baseUrl, expectedKind, cookie] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("hubs/campaign", baseUrl).toString(), {
    headers: cookie ? { Cookie: cookie } : {},
    transport: signalR.HttpTransportType.WebSockets,
    skipNegotiation: false,
  })
  .configureLogging(signalR.LogLevel.None)
  .build();

const timeout = setTimeout(() => {
  console.log("timeout");
  process.exit(2);
}, 20000);

connection.on("changes", (batch) => {
  for (const change of batch) {
    if (change.kind === expectedKind) {
      console.log(JSON.stringify(change));
      clearTimeout(timeout);
      connection.stop().finally(() => process.exit(0));
      return;
    }
  }
});

try {
  await connection.start();
  console.log("ready");
} catch (error) {
  console.log("refused: " + (error?.message ?? error));
  clearTimeout(timeout);
  process.exit(3);
}
