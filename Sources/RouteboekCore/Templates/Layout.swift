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

    /// The type of the layout's own fields (`LayoutContext<Extra>`): what its templates may name.
    var extras: any TemplateValue.Type {
        switch self {
        case .pagina, .wijzigingen: ProsePage.self
        case .beslisboom: ToolPage.self
        case .beslisboomStap: StepPage.self
        case .alleRoutes: RoutesPage.self
        case .stroomschema: FlowchartPage.self
        case .zoeken: NoExtras.self
        case .register: RegisterPage.self
        case .routeboekCompleet: DocumentPage.self
        }
    }

    /// Every name a template of this layout may use.
    var schema: TemplateSchema { extras.schema.adding(PageBase.schema) }
}

/// The partials the generator renders on their own, each with a context of its own type.
enum PartialRoot: String, CaseIterable, Sendable {
    /// A result panel: the result pages and the tool's `<template>` per outcome.
    case uitkomst
    /// The publicatiedata and the changes, also placed in the whole document's pages.
    case publicatiedata
    case wijzigingen
    /// Rendered once per section (see NavigationCache); layouts include the finished HTML.
    case navigation

    var context: any TemplateValue.Type {
        switch self {
        case .uitkomst: OutcomeValue.self
        case .publicatiedata: ScheduleValue.self
        case .wijzigingen: ChangeLogValue.self
        case .navigation: NavigationValue.self
        }
    }

    /// The name it is registered under in the library.
    var templateName: String { self == .navigation ? TemplateSet.navigationSource : rawValue }
}
