/// The layouts the generator renders, by their file in `Templates/layouts/` (`beslisboom-stap.mustache`).
/// Each must exist, except `wijzigingen`, needed only when the content has a change log.
enum Layout: String, CaseIterable, Sendable {
    case pagina
    case wijzigingen
    case beslisboom
    case beslisboomStap = "beslisboom-stap"
    case alleRoutes = "alle-routes"
    case stroomschema
    case zoeken
    case register
    case routeboekCompleet = "routeboek-compleet"

    /// The file's name in messages: `layouts/beslisboom-stap.mustache`.
    var file: String { "\(TemplateSet.layoutsFolder)/\(rawValue).mustache" }

    /// Every build needs these.
    static let required: [Layout] = allCases.filter { $0 != .wijzigingen }
}
