/// Non-breaking spaces (U+00A0, pasted from Word) where YAML's syntax needs a plain space: in a
/// line's indentation (or after a list item's '-'), or right after a key's ':'. libyaml reads U+00A0
/// as text there, so the key swallows its value or the line lands in the wrong block, and the message
/// comes at the wrong place or names the wrong thing. Inside a value it is text, and allowed.
struct YAMLNonBreakingSpace {
    static let character: Unicode.Scalar = "\u{A0}"

    /// 1-based line and column (in Unicode scalars, as editors and libyaml count) of the first such
    /// space on each line.
    static func find(in text: String) -> [(line: Int, column: Int)] {
        // Cheap test first: U+00A0 is C2 A0 in UTF-8, and most files have no C2 at all.
        guard text.utf8.contains(0xC2), text.unicodeScalars.contains(character) else { return [] }
        var found: [(line: Int, column: Int)] = []
        // The indentation a block scalar's (`|`, `>`) lines must pass; its lines are text.
        var blockParent: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            if let parent = blockParent {
                if scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                if (scalars.firstIndex { $0 != " " } ?? 0) > parent { continue }
                blockParent = nil
            }
            guard let (column, header) = scan(scalars) else { continue }
            if let column { found.append((index + 1, column)) }
            blockParent = header
        }
        return found
    }

    /// The column of the line's misplaced U+00A0 (nil if none), and the indentation its content has when
    /// the line opens a block scalar. Nil for a line with neither.
    private static func scan(_ line: [Unicode.Scalar]) -> (column: Int?, blockParent: Int?)? {
        // The indentation and list markers: spaces, '-' followed by a space.
        var index = 0
        var nonBreaking: Int?
        while index < line.count {
            let scalar = line[index]
            let next = index + 1 < line.count ? line[index + 1] : " "
            if scalar == character {
                nonBreaking = nonBreaking ?? index
            } else if scalar != " " && !(scalar == "-" && (next == " " || next == character)) {
                break
            }
            index += 1
        }
        if let nonBreaking { return (nonBreaking + 1, nil) }
        guard index < line.count, line[index] != "#" else { return nil }
        let contentStart = index
        // A quoted key is skipped whole: a ':' inside it is text.
        if line[index] == "\"" || line[index] == "'" {
            let quote = line[index]
            index += 1
            while index < line.count, line[index] != quote {
                index += line[index] == "\\" && quote == "\"" ? 2 : 1
            }
            index += 1
        } else if line[index] == "[" || line[index] == "{" {
            return nil
        }
        // The key's ':' is the first one followed by a space (or U+00A0, the mistake); a ' #' before it
        // starts a comment.
        while index < line.count {
            let next = index + 1 < line.count ? line[index + 1] : " "
            if line[index] == "#", index > 0, line[index - 1] == " " { return nil }
            if line[index] == ":" {
                if next == character { return (index + 2, nil) }
                if next == " " || next == "\t" || next == "\r" { break }
            }
            index += 1
        }
        guard index < line.count else { return nil }
        // `key: |` or `key: >-`: the lines below are the value's text.
        let value = line[(index + 1)...].drop { $0 == " " || $0 == "\t" }
        guard let first = value.first, first == "|" || first == ">" else { return nil }
        let rest = value.dropFirst().drop { "+-0123456789".unicodeScalars.contains($0) }.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard rest.isEmpty || rest.first == "#" else { return nil }
        return (nil, contentStart)
    }
}
