/// Addresses cmark-gfm's renderer writes as `href=""` or `src=""` because they could run code
/// (its `_scan_dangerous_url`, case-insensitive): `javascript:`, `vbscript:`, `file:` and every `data:`
/// except a PNG, GIF, JPEG or WebP image. The page would publish a link to itself or a broken image.
enum RemovedAddress {
    private static let removed = ["javascript:", "vbscript:", "file:", "data:"]
    private static let kept = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isRemoved(_ url: String) -> Bool {
        let start = url.utf8.prefix(16)
        func has(_ prefix: String) -> Bool {
            start.count >= prefix.utf8.count
                && zip(start, prefix.utf8).allSatisfy { lowered($0) == $1 }
        }
        return removed.contains(where: has) && !kept.contains(where: has)
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
