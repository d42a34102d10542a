import Flowchart
import Foundation

/// Graphviz takes 60-100 ms per diagram, far more than the rest of a page. Its output depends only on
/// the DOT source and the id prefix, so it is kept on disk under a hash of both (like Hugo's
/// resources/_gen) and in memory for the preview server's rebuilds.
final class FlowchartCache: @unchecked Sendable {
    /// Bump when the SVG post-processing changes, so old entries are not reused.
    static let version = "1"

    private let folder: URL?
    private let lock = NSLockLike()
    private var memory: [String: String] = [:]

    init(folder: URL?) {
        self.folder = folder
        if let folder { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    }

    /// The figure HTML for a flowchart source, drawing it only when it was not drawn before.
    func figure(source: String, idPrefix: String) throws(FlowchartError) -> String {
        let graph = try parseFlowchart(source)
        return try figure(graph: graph, idPrefix: idPrefix)
    }

    func figure(graph: FlowchartGraph, idPrefix: String) throws(FlowchartError) -> String {
        try graph.validate()
        let svg = try svg(dot: graph.dotSource(), idPrefix: idPrefix)
        return flowchartFigureHTML(svg: svg, textAlternative: graph.textAlternative())
    }

    private func svg(dot: String, idPrefix: String) throws(FlowchartError) -> String {
        let key = Self.key(dot + "\u{0}" + idPrefix + "\u{0}" + Self.version)
        if let hit = lock.withLock({ memory[key] }) { return hit }
        let file = folder?.appendingPathComponent(key + ".svg")
        if let file, let data = try? Data(contentsOf: file), let cached = String(data: data, encoding: .utf8) {
            lock.withLock { memory[key] = cached }
            return cached
        }
        let svg = try layoutFlowchartSVG(dot: dot, idPrefix: idPrefix)
        lock.withLock { memory[key] = svg }
        if let file {
            // Write then rename, so a parallel build never reads half a file.
            let temporary = file.appendingPathExtension("tmp-\(ProcessInfo.processInfo.processIdentifier)")
            if (try? Data(svg.utf8).write(to: temporary)) != nil { try? FileManager.default.moveItem(at: temporary, to: file) }
            try? FileManager.default.removeItem(at: temporary)
        }
        return svg
    }

    /// FNV-1a, 64 bits, twice with different seeds: stable across runs (Swift's Hasher is not).
    static func key(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(a, radix: 16) + String(b, radix: 16)
    }
}
