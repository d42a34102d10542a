// The entry point for the Markdown renderer: a ```mermaid block in, a <figure> with image and text out.

/// Renders the text of a ```mermaid block as `<figure class="flowchart">` with the SVG image (ids prefixed
/// with `idPrefix`, which must be unique on the page) and the text version "Stroomschema in woorden".
public func renderFlowchartFigure(source: String, idPrefix: String, dotPath: String? = nil) throws(FlowchartError) -> String {
    let graph = try FlowchartGraph.parse(source)
    return try renderFlowchartFigure(graph: graph, idPrefix: idPrefix, dotPath: dotPath)
}

/// Renders a graph built in code as the same `<figure class="flowchart">`; the graph is validated first.
public func renderFlowchartFigure(graph: FlowchartGraph, idPrefix: String, dotPath: String? = nil) throws(FlowchartError) -> String {
    try graph.validate()
    let svg = try layoutFlowchartSVG(dot: graph.dotSource(), idPrefix: idPrefix, dotPath: dotPath)
    return flowchartFigureHTML(svg: svg, textAlternative: graph.textAlternative())
}

/// Wraps an inline SVG and a text alternative in the figure markup the site's CSS expects.
public func flowchartFigureHTML(svg: String, textAlternative: FlowchartTextAlternative) -> String {
    "<figure class=\"flowchart\"><div class=\"flowchart-image\">" + svg + "</div>"
        + "<div class=\"flowchart-text\"><p class=\"flowchart-text-title\">Stroomschema in woorden</p>"
        + textAlternative.html() + "</div></figure>"
}
