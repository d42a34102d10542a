/// swift-mustache names its parse errors after enum cases; editors of templates need to know what to fix
/// (in the words of the message catalogue, RB307).
enum TemplateErrorText {
    static func explain(_ error: Error) -> String {
        switch "\(error)" {
        case "sectionCloseNameIncorrect": "een sectie wordt gesloten met een andere naam dan waarmee ze geopend is ({{#a}} ... {{/a}})"
        case "unfinishedName": "een tag is niet af: elke {{ heeft een }} nodig"
        case "expectedSectionEnd": "een sectie wordt nooit gesloten: elke {{#naam}} of {{^naam}} heeft een {{/naam}} nodig"
        case "invalidSetDelimiter": "de wissel van scheidingstekens {{=<% %>=}} is verkeerd geschreven"
        case "transformAppliedToInheritanceSection", "illegalTokenInsideInheritSection", "textInsideInheritSection":
            "een blok {{< ouder}} mag alleen secties {{$blok}} bevatten"
        case "invalidConfigVariableSyntax", "unrecognisedConfigVariable": "een onbekende instelling {{% ... }}"
        case let other: other
        }
    }
}
