import Foundation

/// Reads an editor's text file and says exactly why when it cannot: the system's reason for a file
/// that cannot be opened, the line, column and byte of the first byte that is not UTF-8.
enum TextFile {
    enum Failure: Error, Equatable {
        /// Nothing at that path (or a link that points nowhere).
        case missing
        /// The system refused: the reason in words (`Permission denied`, `Is a directory`).
        case unreadable(String)
        /// Not UTF-8: where the first bad byte is, 1-based.
        case notUTF8(line: Int, column: Int, byte: UInt8)

        /// The message for a diagnostic about the file; `.missing` is worded by the caller.
        var message: Message {
            switch self {
            case .missing: .fileMissing()
            case .unreadable(let reason): .fileUnreadable(reason)
            case let .notUTF8(_, _, byte): .fileNotUTF8(byte: "0x" + String(byte, radix: 16, uppercase: true))
            }
        }

        /// A diagnostic at the right place in `file`.
        func diagnostic(_ file: String) -> Diagnostic {
            if case let .notUTF8(line, column, _) = self { return Diagnostic(file: file, line: line, column: column, message) }
            return Diagnostic(file: file, message)
        }
    }

    static func read(_ url: URL) -> Result<String, Failure> {
        switch FileBytes.read(url) {
        case .success(let bytes): decode(bytes)
        case .failure(.missing): .failure(.missing)
        case .failure(.unreadable(let reason)): .failure(.unreadable(reason))
        }
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        // Valid text (nearly always) is checked once, as the string is made.
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        if let bad = firstInvalidUTF8(bytes) {
            var line = 1
            var lineStart = 0
            for index in 0..<bad where bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            // The column counts characters, as editors do: the valid text before the bad byte on its line.
            let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
            return .failure(.notUTF8(line: line, column: column, byte: bytes[bad]))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The index of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            if length > 2 {
                for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return index }
            }
            index += length
        }
        return nil
    }
}

/// The system's words for an error number: in Dutch for the ones an editor meets, else the system's own.
enum SystemError {
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "het bestaat niet"
        case EACCES, EPERM: return "je hebt geen toestemming (controleer de rechten)"
        case EISDIR: return "het is een map, geen bestand"
        case ENOTDIR: return "een deel van het pad is geen map"
        case ENOSPC, EDQUOT: return "de schijf is vol"
        case EROFS: return "de schijf is alleen-lezen"
        case ELOOP: return "te veel symbolische koppelingen achter elkaar, misschien in een kring"
        case ENAMETOOLONG: return "de naam is te lang"
        default:
            guard let text = strerror(code) else { return "systeemfout \(code)" }
            return String(cString: text)
        }
    }

    /// The POSIX error number behind a Foundation error, when there is one.
    static func code(of error: Error) -> Int32? {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }
}
