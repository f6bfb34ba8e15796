using MesoSafe.Cli.CommandLine;

return await MesosafeCommand.RunAsync(args);
