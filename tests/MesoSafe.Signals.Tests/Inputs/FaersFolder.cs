namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>A throw-away FAERS quarterly ASCII folder with FDA's real column layout.</summary>
internal sealed class FaersFolder : IDisposable
{
    public const string DemoHeader = "primaryid$caseid$caseversion$i_f_code$event_dt$mfr_dt$init_fda_dt$fda_dt$rept_cod$auth_num$mfr_num$mfr_sndr$lit_ref$age$age_cod$age_grp$sex$e_sub$wt$wt_cod$rept_dt$to_mfr$occp_cod$reporter_country$occr_country";
    public const string DrugHeader = "primaryid$caseid$drug_seq$role_cod$drugname$prod_ai$val_vbm$route$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_num$exp_dt$nda_num$dose_amt$dose_unit$dose_form$dose_freq";
    public const string ReacHeader = "primaryid$caseid$pt$drug_rec_act";

    public FaersFolder(string? subfolder = null)
    {
        Root = Directory.CreateTempSubdirectory("mesosafe-faers-").FullName;
        Tables = subfolder is null ? Root : Directory.CreateDirectory(Path.Combine(Root, subfolder)).FullName;
    }

    public string Root { get; }

    public string Tables { get; }

    public static string Demo(string primaryId, string caseId, int version, string sex = "F") =>
        $"{primaryId}${caseId}${version}$I$20220101$$20220101$20220701$EXP$$$$$45$YR$${sex}$Y$$$20220701$$MD$US$US";

    public static string Drug(string primaryId, string caseId, int seq, string role, string name) =>
        $"{primaryId}${caseId}${seq}${role}${name}${name.ToLowerInvariant()}$1$ORAL$$$$$$$$$$$$";

    public static string Reac(string primaryId, string caseId, string pt) => $"{primaryId}${caseId}${pt}$";

    public void Write(string table, string header, params string[] lines) =>
        File.WriteAllText(Path.Combine(Tables, table + "22Q3.txt"), string.Join("\r\n", [header, .. lines]) + "\r\n");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
