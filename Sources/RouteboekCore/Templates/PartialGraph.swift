/// Which partial includes which. swift-mustache renders a partial by recursing into it, so a partial
/// that includes itself (directly or through others) outside any section never ends and overflows the
/// stack; and a long chain of deeply nested partials can too. Both are found here, before anything is
/// rendered. A partial that includes itself inside a section (`{{#delen}}{{> deel}}{{/delen}}`) ends
/// where the data ends; RenderGuard stops it when the data never ends.
struct PartialGraph {
    struct Reference {
        var from: String
        var to: String
        var file: String
        var line: Int
        var column: Int
        /// Inside a section: the include repeats only as deep as the section's data goes.
        var insideSection = false
    }

    /// How deep rendering may go: nested sections plus partials along the longest chain.
    static let maxRenderDepth = 120

    /// Partial name → its references (layouts are the roots, under `layout:NAME`).
    var references: [String: [Reference]] = [:]
    /// Template name → the deepest section nesting in its file.
    var nesting: [String: Int] = [:]

    /// Each cycle once, as the reference that closes it and the path it takes (`titel → titel`).
    func cycles() -> [(reference: Reference, path: [String])] {
        var result: [(Reference, [String])] = []
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        var path: [String] = []
        var reported = Set<String>()

        // Iterative depth-first search: an explicit stack, so a long chain cannot overflow ours either.
        for root in references.keys.sorted() where state[root] == nil {
            var stack: [(name: String, next: Int)] = [(root, 0)]
            state[root] = 1
            path = [root]
            while var top = stack.popLast() {
                let edges = references[top.name] ?? []
                if top.next < edges.count {
                    let edge = edges[top.next]
                    top.next += 1
                    stack.append(top)
                    switch state[edge.to] {
                    case 1:
                        let start = path.firstIndex(of: edge.to) ?? 0
                        let cycle = Array(path[start...]) + [edge.to]
                        let key = Set(cycle).sorted().joined(separator: " ")
                        if reported.insert(key).inserted { result.append((edge, cycle)) }
                    case nil:
                        state[edge.to] = 1
                        path.append(edge.to)
                        stack.append((edge.to, 0))
                    default:
                        break
                    }
                } else {
                    state[top.name] = 2
                    path.removeLast()
                }
            }
        }
        return result
    }

    /// The references along the deepest chain of partials from `name`, outermost first.
    func deepestChain(from name: String) -> [Reference] {
        var chain: [Reference] = []
        var current = name
        var seen: Set<String> = [name]
        while let next = (references[current] ?? []).max(by: { renderDepth(from: $0.to) < renderDepth(from: $1.to) }),
              seen.insert(next.to).inserted {
            chain.append(next)
            current = next.to
        }
        return chain
    }

    /// The deepest render depth from `name` (its own nesting, plus one and the depth of each partial it
    /// includes). An include that leads back into the chain being followed (recursion over data) counts once.
    func renderDepth(from name: String) -> Int {
        var memo: [String: Int] = [:]
        var onPath: Set<String> = []
        // Post-order without recursion; an edge back to a template on the path is not followed.
        var stack: [(name: String, expanded: Bool)] = [(name, false)]
        while let (current, expanded) = stack.popLast() {
            if expanded {
                let deepest = (references[current] ?? []).map { edge in
                    onPath.contains(edge.to) && memo[edge.to] == nil ? 1 : 1 + (memo[edge.to] ?? 0)
                }.max() ?? 0
                memo[current] = (nesting[current] ?? 0) + deepest
                onPath.remove(current)
                continue
            }
            if memo[current] != nil || onPath.contains(current) { continue }
            onPath.insert(current)
            stack.append((current, true))
            for edge in references[current] ?? [] where memo[edge.to] == nil && !onPath.contains(edge.to) {
                stack.append((edge.to, false))
            }
        }
        return memo[name] ?? 0
    }

    /// Every template a render of `name` can reach, `name` included.
    func reachable(from name: String) -> Set<String> {
        var seen: Set<String> = [name]
        var pending = [name]
        while let current = pending.popLast() {
            for edge in references[current] ?? [] where seen.insert(edge.to).inserted { pending.append(edge.to) }
        }
        return seen
    }

    /// The references from `from` to `to`.
    func references(from: String, to: String) -> [Reference] { (references[from] ?? []).filter { $0.to == to } }
}
