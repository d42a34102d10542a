/// Which partial includes which. swift-mustache renders a partial by recursing into it, so a partial
/// that includes itself (directly or through others) never ends and overflows the stack; and a long
/// chain of deeply nested partials can too. Both are found here, before anything is rendered.
struct PartialGraph {
    struct Reference {
        var from: String
        var to: String
        var file: String
        var line: Int
        var column: Int
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
    /// includes). Only meaningful when there are no cycles.
    func renderDepth(from name: String) -> Int {
        var memo: [String: Int] = [:]
        // Post-order over an acyclic graph, without recursion.
        var stack: [(name: String, expanded: Bool)] = [(name, false)]
        while let (current, expanded) = stack.popLast() {
            if memo[current] != nil { continue }
            let edges = references[current] ?? []
            if expanded {
                let deepest = edges.map { 1 + (memo[$0.to] ?? 0) }.max() ?? 0
                memo[current] = (nesting[current] ?? 0) + deepest
            } else {
                stack.append((current, true))
                for edge in edges where memo[edge.to] == nil { stack.append((edge.to, false)) }
            }
        }
        return memo[name] ?? 0
    }
}
