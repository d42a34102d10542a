import Foundation

enum ContentSecurityPolicy {
    /// No inline script or style, nothing from another origin; works from file:// as well.
    static let value = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'"
}
