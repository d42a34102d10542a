/// The places in the output that the build fills itself: a page or file of the content folder written
/// there would be overwritten without a word, or overwrite what the site needs.
enum ReservedPaths {
    /// What the build writes at `path` (a path in the output folder), in words for a message; nil when
    /// the place is free.
    static func generated(at path: String) -> String? {
        switch path {
        case "zoeken.html": return "de zoekpagina"
        case "register.html": return "het register van A tot Z"
        case DocumentLinks.htmlPath: return "het hele routeboek op één pagina"
        case DocumentLinks.pdfPath: return "het hele routeboek als PDF"
        case TreeStepPaths.routesPath: return "alle routes van de beslisboom"
        case TreeStepPaths.flowchartPath: return "het stroomschema van de beslisboom"
        default: break
        }
        if path.hasPrefix(TreeStepPaths.folder + "/") { return "de stappen van de beslisboom" }
        if path.hasPrefix("assets/") { return "de bestanden van het thema en het zoeken" }
        return nil
    }
}
