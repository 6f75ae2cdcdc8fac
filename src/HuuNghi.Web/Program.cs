using HuuNghi.Web;

// Table of contents: HuuNghiWebApp.Build wires everything (see Infrastructure/), Run serves it.
var app = await HuuNghiWebApp.BuildAsync(args);
await app.RunAsync();
