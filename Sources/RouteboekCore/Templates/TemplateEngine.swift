/// What renders the templates: Routeboek's own renderer (TemplateRenderer), or swift-mustache, which also
/// parses them at load time (its messages) and stays the reference the tests compare with.
public enum TemplateEngine: Sendable {
    case routeboek
    case swiftMustache
}
