/// docs/template-context.md: what every layout and every partial rendered on its own may name, written
/// from the context types themselves (`routeboek sjablonen` prints it; a test compares it with the file).
public enum TemplateReference {
    public static var markdown: String {
        var lines = [
            "# Template context reference",
            "",
            "Written from the context types in `Sources/RouteboekCore` by `routeboek sjablonen > docs/template-context.md`;",
            "a test fails when this file and the types disagree. When the templates load, every `{{name}}` in a layout,",
            "in a partial rendered on its own, and in every partial they include is checked against these fields at",
            "the place it is used: a name that does not exist is an error at its file, line and column (RB325-RB329",
            "in [meldingen.md](meldingen.md)). How templates work: [templates.md](templates.md).",
            "",
            "Mustache looks a name up in the innermost section that has it, then outwards, so inside",
            "`{{#page}}...{{/page}}` both `{{title}}` and `{{root}}` work. A field marked *optional* is absent on some",
            "pages: then the name is looked up further out, and a section over it renders nothing.",
            "",
            "## Every layout",
            "",
        ]
        var described: [String] = []
        var queue: [TemplateSchema] = []
        func table(_ schema: TemplateSchema) {
            lines += ["| field | kind | meaning |", "|---|---|---|"]
            for field in schema.fields {
                lines.append("| `\(field.name)` | \(docLabel(field.kind))\(field.optional ? ", optional" : "") | \(field.about) |")
                for inner in innerSchemas(field.kind) where !described.contains(inner.name) && !queue.contains(where: { $0.name == inner.name }) {
                    queue.append(inner)
                }
            }
            lines.append("")
        }
        lines.append(PageBase.schema.about.prefix(1).uppercased() + PageBase.schema.about.dropFirst() + ":")
        lines.append("")
        table(PageBase.schema)
        lines += ["## Layouts", "", "Each layout gets the fields of every layout and its own:", ""]
        var layoutsByType: [(names: [String], schema: TemplateSchema)] = []
        for layout in Layout.allCases {
            let schema = layout.extras.schema
            if let index = layoutsByType.firstIndex(where: { $0.schema.name == schema.name }) {
                layoutsByType[index].names.append(layout.rawValue)
            } else {
                layoutsByType.append(([layout.rawValue], schema))
            }
        }
        for (names, schema) in layoutsByType {
            lines += ["### " + names.map { "`layouts/\($0).mustache`" }.joined(separator: ", "), "", schema.about.prefix(1).uppercased() + schema.about.dropFirst() + ".", ""]
            if schema.fields.isEmpty { lines += ["No fields of its own.", ""] } else { table(schema) }
        }
        lines += ["## Partials rendered on their own", "",
                  "These partials get a context of their own (a layout that includes them passes its own, which has the same fields where it matters):", ""]
        for partial in PartialRoot.allCases {
            let schema = partial.context.schema
            lines += ["### `partials/\(partial.rawValue).mustache`", "", schema.about.prefix(1).uppercased() + schema.about.dropFirst() + ".", ""]
            table(schema)
        }
        lines += ["## Groups and list items", "", "The values the fields above hold, each once:", ""]
        while !queue.isEmpty {
            let schema = queue.removeFirst()
            guard !described.contains(schema.name) else { continue }
            described.append(schema.name)
            lines += ["### \(schema.name)", "", schema.about.prefix(1).uppercased() + schema.about.dropFirst() + ".", ""]
            table(schema)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func docLabel(_ kind: TemplateSchema.Kind) -> String {
        switch kind {
        case .text: "text"
        case .html: "HTML, `{{{ }}}`"
        case .number: "number"
        case .flag: "flag"
        case .value(let schema): "group: [\(schema().name)](#\(anchor(schema().name)))"
        case .list(let schema): "list of [\(schema().name)](#\(anchor(schema().name)))"
        case .texts: "list of texts, `{{.}}`"
        case .pageTree: "pages by folder"
        }
    }

    private static func innerSchemas(_ kind: TemplateSchema.Kind) -> [TemplateSchema] {
        switch kind {
        case .value(let schema), .list(let schema): [schema()]
        case .pageTree: [PublishedPageTree.pageSchema]
        default: []
        }
    }

    /// GitHub's heading anchor: lower case, spaces to hyphens, other punctuation dropped.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-" ? $0 : nil) })
    }
}
