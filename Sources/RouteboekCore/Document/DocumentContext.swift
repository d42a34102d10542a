/// The template context of the layout `routeboek-compleet` (see docs/templates.md): the document's
/// parts as the keys a designer writes, under `document`.
extension RouteboekDocument {
    func context(site: SiteConfig, version: DayDate) -> [String: Any] {
        [
            "title": site.title,
            "organisation": site.organisation,
            "description": site.description ?? "",
            "version": version.dutch,
            "versionISO": version.iso,
            "coverAnchor": Self.coverAnchor,
            "contentsAnchor": Self.contentsAnchor,
            "toc": chapters.map { chapter in
                tocEntry(chapter).merging(["pages": contents(of: chapter).map { ["anchor": $0.anchor, "number": $0.number, "title": $0.title] }]) { a, _ in a }
            },
            "appendixToc": appendices.map(tocEntry),
            "chapters": chapters.map(partContext),
            "appendices": appendices.map(partContext),
        ]
    }

    private func tocEntry(_ part: Part) -> [String: Any] {
        ["anchor": part.anchor, "number": part.number, "title": part.title]
    }

    private func partContext(_ part: Part) -> [String: Any] {
        var context = tocEntry(part)
        context["level"] = OutlineLevel.headingElement(depth: part.depth)
        context["summary"] = part.summary ?? ""
        context["html"] = part.html
        context["sources"] = part.sources.map { ["code": $0.code, "title": $0.title, "part": $0.part] }
        // Every key is set on every part: Mustache looks a missing key up in the enclosing part.
        context["updated"] = part.updated?.dutch ?? ""
        context["updatedISO"] = part.updated?.iso ?? ""
        context["isFlowchart"] = false
        context["isRoutes"] = false
        context["isSources"] = false
        context["pages"] = part.pages.map(partContext)
        context["appendices"] = part.appendices.map(tocEntry)
        switch part.kind {
        case .page:
            break
        case .flowchart:
            context["isFlowchart"] = true
        case .routes:
            context["isRoutes"] = true
            context["routeCount"] = tree?.routes.count ?? 0
            context["routes"] = (tree?.routes ?? []).map { route -> [String: Any] in
                ["number": route.number, "anchor": "\(part.anchor)--route-\(route.number)",
                 "answers": route.answers.map { ["question": $0.question, "answer": $0.answer] },
                 "registration": route.registration, "deviation": route.deviation,
                 "thuiszitter": route.thuiszitter, "outcome": route.outcome]
            }
        case .sources:
            context["isSources"] = true
            context["sourceList"] = sources.map { use -> [String: Any] in
                ["code": use.source.code, "title": use.source.title, "file": use.source.file,
                 "citedBy": use.citedBy.map { ["anchor": $0.part.anchor, "number": $0.part.number, "title": $0.part.title, "passage": $0.passage] }]
            }
        }
        return context
    }
}
