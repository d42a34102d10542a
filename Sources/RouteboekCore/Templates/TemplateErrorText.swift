/// swift-mustache names its parse errors after enum cases; editors of templates need to know what to fix.
enum TemplateErrorText {
    static func explain(_ error: Error) -> String {
        switch "\(error)" {
        case "sectionCloseNameIncorrect": "a section is closed with another name than it was opened with ({{#a}} ... {{/a}})"
        case "unfinishedName": "a tag is not finished: every {{ needs its }}"
        case "expectedSectionEnd": "a section is never closed: every {{#name}} or {{^name}} needs a {{/name}}"
        case "invalidSetDelimiter": "the delimiter change {{=<% %>=}} is malformed"
        case "transformAppliedToInheritanceSection", "illegalTokenInsideInheritSection", "textInsideInheritSection":
            "a {{< parent}} block may only hold {{$block}} sections"
        case "invalidConfigVariableSyntax", "unrecognisedConfigVariable": "an unknown {{% ... }} setting"
        case let other: other
        }
    }
}
