import Foundation
import Testing
@testable import RouteboekCore

/// Small but whole image files, built byte by byte (no image library needed).
enum SampleImages {
    /// A 2x2 red PNG: signature, IHDR, IDAT, IEND (checksums are not read by the check, so left zero).
    static var png: [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = UInt32(data.count)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        return signature + chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]) + chunk("IDAT", [0x78, 0x9C, 0x63, 0, 0, 0, 0, 1])
            + chunk("IEND", [])
    }

    /// A JPEG's header: SOI, APP0 (JFIF), SOF0, SOS, then a little data and EOI.
    static var jpeg: [UInt8] {
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x0B, 8, 0, 2, 0, 2, 1, 1, 0x11, 0]
            + [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0] + [0x12, 0x34] + [0xFF, 0xD9]
    }

    static let svg = Array(#"<?xml version="1.0"?>\#n<!-- tekening -->\#n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\#n"#.utf8)
}

@Suite("Image files: what a file linked as an image really holds")
struct ImageFileTests {
    @Test("The formats browsers and WeasyPrint show are recognised by their bytes")
    func formats() {
        #expect(ImageFile.examine(SampleImages.png) == .image(.png))
        #expect(ImageFile.examine(SampleImages.jpeg) == .image(.jpeg))
        #expect(ImageFile.examine(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x3B]) == .image(.gif))
        #expect(ImageFile.examine(Array("RIFF".utf8) + [20, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [0, 0, 0, 0]) == .image(.webp))
        #expect(ImageFile.examine(SampleImages.svg) == .image(.svg))
        #expect(ImageFile.examine([0xEF, 0xBB, 0xBF] + Array("  <svg width='1'></svg>".utf8)) == .image(.svg))
        var bmp: [UInt8] = Array("BM".utf8) + [UInt8](repeating: 0, count: 12) + [40, 0, 0, 0] + [UInt8](repeating: 0, count: 40)
        #expect(ImageFile.examine(bmp) == .image(.bmp))
        bmp[14] = 99
        #expect(ImageFile.examine(bmp) != .image(.bmp), "a text starting with 'BM' is no bitmap")
    }

    @Test("Files that are no image say what they are")
    func notImages() {
        #expect(ImageFile.examine([]) == .notAnImage("een leeg bestand"))
        #expect(ImageFile.examine(Array("dit is geen png\n".utf8)) == .notAnImage("tekst"))
        #expect(ImageFile.examine(Array("<!DOCTYPE html><html><body>Niet gevonden</body></html>".utf8)) == .notAnImage("een webpagina (HTML)"))
        #expect(ImageFile.examine(Array("%PDF-1.7\n".utf8)) == .notAnImage("een PDF"))
        #expect(ImageFile.examine([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0]) == .notAnImage("een HEIC-foto (zoals een iPhone die maakt)"))
        #expect(ImageFile.examine([0, 0, 0, 0x1C] + Array("ftypavif".utf8) + [0, 0, 0, 0]) == .notAnImage("een AVIF-afbeelding"))
        #expect(ImageFile.examine([0x50, 0x4B, 0x03, 0x04, 0x14, 0]) == .notAnImage("een zip- of Office-bestand (zoals Word of PowerPoint)"))
        #expect(ImageFile.examine([0x00, 0x01, 0x02, 0xFE]) == .notAnImage("een bestand van een onbekende soort"))
    }

    @Test("A PNG or JPEG whose structure breaks off is damaged")
    func damaged() {
        let png = SampleImages.png
        #expect(ImageFile.examine(Array(png.dropLast(12))) == .damaged(.png), "cut off before IEND")
        #expect(ImageFile.examine(Array(png.prefix(20))) == .damaged(.png))
        let jpeg = SampleImages.jpeg
        #expect(ImageFile.examine(Array(jpeg.prefix(10))) == .damaged(.jpeg), "cut off inside the header")
        #expect(ImageFile.examine([0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0x41, count: 300)) == .damaged(.jpeg), "garbage after the first marker")
    }

    @Test("An SVG is shown only under a .svg name, and a .svg name only for an SVG")
    func names() {
        #expect(ImageFile.problem(.image(.svg), name: "beelden/schema.svg") == nil)
        #expect(ImageFile.problem(.image(.svg), name: "schema.png") == .svgWithoutSVGName)
        #expect(ImageFile.problem(.image(.png), name: "schema.SVG") == .svgNameWithoutSVG(.png))
        #expect(ImageFile.problem(.image(.jpeg), name: "foto.png") == nil, "browsers and WeasyPrint read raster images by their bytes")
    }

    @Test("Every wrong image is an error at the link, naming the file; a good image and a PDF link pass")
    func buildReportsAtTheLink() throws {
        let workspace = try Workspace(fixture: "site-basic")
        let files: [(String, [UInt8])] = [
            ("a-sectie/goed.png", SampleImages.png), ("a-sectie/tekening.svg", SampleImages.svg),
            ("a-sectie/tekst.png", Array("geen afbeelding".utf8)), ("a-sectie/half.png", Array(SampleImages.png.prefix(30))),
            ("a-sectie/plaatje.png", SampleImages.svg), ("a-sectie/foto.svg", SampleImages.jpeg),
            ("a-sectie/formulier.pdf", Array("%PDF-1.7\n".utf8)),
        ]
        for (path, bytes) in files {
            try Data(bytes).write(to: workspace.content.appendingPathComponent(path))
        }
        let page = "---\ntitel: Beelden\n---\n\n![Goed](goed.png) ![Tekening](tekening.svg)\n\n![Tekst](tekst.png)\n\n"
            + "![Half](half.png)\n\n![Plaatje](plaatje.png) en ![Foto](foto.svg)\n\n[Het formulier](formulier.pdf)\n"
        try workspace.write(page, to: "a-sectie/beelden.md")
        let report = workspace.check()
        let shown = report.diagnostics.map { $0.description.replacingOccurrences(of: workspace.root.path + "/", with: "") }
        #expect(shown == [
            "Content/a-sectie/beelden.md:7:1: fout RB138: de afbeelding 'tekst.png' is geen afbeelding die een browser en de PDF tonen: Content/a-sectie/tekst.png is tekst; sla de afbeelding op als PNG of JPEG (of GIF, WebP, SVG) en zet dat bestand in de plaats",
            "Content/a-sectie/beelden.md:9:1: fout RB139: de afbeelding 'half.png' is beschadigd: Content/a-sectie/half.png begint als PNG, maar houdt op of loopt vast voordat de afbeelding af is (een download of kopie die niet af is); zet het hele bestand opnieuw in de map, of bewaar de afbeelding opnieuw als PNG of JPEG",
            "Content/a-sectie/beelden.md:11:1: fout RB140: de afbeelding 'plaatje.png' is een SVG-bestand, maar de naam zegt iets anders, en een browser toont het dan niet: geef Content/a-sectie/plaatje.png de naam 'plaatje.svg' en pas de link aan",
            "Content/a-sectie/beelden.md:11:28: fout RB140: de afbeelding 'foto.svg' is een JPEG-bestand, maar de naam zegt iets anders, en een browser toont het dan niet: geef Content/a-sectie/foto.svg de naam 'foto.jpg' en pas de link aan",
        ], "\(shown.joined(separator: "\n"))")
    }

    @Test("WeasyPrint's 'Failed to load image' names the image's path in the site")
    func weasyPrintImageFailure() {
        let root = URL(fileURLWithPath: "/tmp/site/.Public-build-123")
        let message = "Failed to load image at 'file:///tmp/site/.Public-build-123/verzuim/kapot%20beeld.jpg': UnidentifiedImageError: cannot identify image file"
        #expect(WeasyPrintImageFailure.imagePath(in: message, outputRoot: root) == "verzuim/kapot beeld.jpg")
        #expect(WeasyPrintImageFailure.imagePath(in: "Failed to load image at 'https://example.org/x.png': …", outputRoot: root) == nil)
        #expect(WeasyPrintImageFailure.imagePath(in: "Failed to load image at 'file:///elders/x.png': …", outputRoot: root) == nil)
        #expect(WeasyPrintImageFailure.imagePath(in: "Ignored `foo: bar` at 3:1, unknown property.", outputRoot: root) == nil)
    }
}

@Suite("Image files: an SVG may only draw")
struct SVGContentTests {
    static func svg(_ body: String) -> [UInt8] {
        Array(#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#.utf8) + Array(body.utf8) + Array("</svg>".utf8)
    }

    @Test("A script, or a picture, style or font fetched from another site, is refused")
    func active() {
        #expect(ImageFile.examine(Self.svg("<script>alert(1)</script>")) == .svgWithActiveContent("een script"))
        #expect(ImageFile.examine(Self.svg(#"<a href="javascript:alert(1)"><rect/></a>"#)) == .svgWithActiveContent("een script"))
        #expect(ImageFile.examine(Self.svg(#"<image width="4" xlink:href="https://example.org/x.png"/>"#)) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.examine(Self.svg(#"<use href = '//example.org/s.svg#a'/>"#)) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.examine(Self.svg(#"<style>@import url(https://fonts.example.org/x.css);</style>"#)) == .svgWithActiveContent("een verwijzing naar een andere site"))
        #expect(ImageFile.problem(.svgWithActiveContent("een script"), name: "schema.svg") == .svgWithActiveContent("een script"))
    }

    @Test("Drawing, a local picture and a plain link (as draw.io adds to every export) pass")
    func drawingOnly() {
        #expect(ImageFile.examine(Self.svg(#"<rect width="4" height="4"/><image href="data:image/png;base64,AAAA"/>"#)) == .image(.svg))
        #expect(ImageFile.examine(Self.svg(#"<a xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank"><text>Text is not SVG</text></a>"#)) == .image(.svg))
    }
}

@Suite("Image files: what an SVG's text says is not what it does")
struct SVGMarkupTests {
    static let other = ImageFile.Verdict.svgWithActiveContent("een verwijzing naar een andere site")
    static let script = ImageFile.Verdict.svgWithActiveContent("een script")

    @Test("Words in the drawing or a comment that look like CSS or script are drawing")
    func wordsAreDrawing() {
        #expect(ImageFile.examine(SVGContentTests.svg("<text>Zet @import url(https://x.nl) niet in je CSS</text>")) == .image(.svg))
        #expect(ImageFile.examine(SVGContentTests.svg("<!-- oude versie: <script>x</script> javascript: onload=\"x\" --><rect/>")) == .image(.svg))
        #expect(ImageFile.examine(SVGContentTests.svg("<text>klik on=ja en javascript: uit</text>")) == .image(.svg))
    }

    @Test("A style in CDATA, a character reference and a declared entity are read as the browser reads them")
    func hiddenActiveContent() {
        #expect(ImageFile.examine(SVGContentTests.svg("<style><![CDATA[ @import url(//x.nl/a.css); ]]></style>")) == Self.other)
        #expect(ImageFile.examine(SVGContentTests.svg(#"<a href="javascript&#58;alert(1)"><rect/></a>"#)) == Self.script)
        #expect(ImageFile.examine(SVGContentTests.svg(#"<animate attributeName="href" values="javascript&#x3A;alert(1)"/>"#)) == Self.script)
        let entity = Array(#"<!DOCTYPE svg [<!ENTITY ver "https://example.org/p.png">]><svg xmlns="http://www.w3.org/2000/svg"><image href="&ver;"/></svg>"#.utf8)
        #expect(ImageFile.examine(entity) == Self.other)
        let spacedSubset = Array("<!DOCTYPE svg [\n<!ENTITY a \"b\">\n] >\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>".utf8)
        #expect(ImageFile.examine(spacedSubset) == Self.script)
        let unclosed = Array("<!DOCTYPE svg [ <svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>".utf8)
        #expect(ImageFile.examine(unclosed) == Self.script)
        #expect(ImageFile.examine(SVGContentTests.svg(#"<rect style="fill:url(&quot;https://x.nl/p.png&quot;)"/>"#)) == Self.other)
    }

    @Test("An SVG saved as UTF-16 (with its byte order mark) is an SVG, and is checked as one")
    func utf16() {
        func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit in
                bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
        }
        let drawing = #"<?xml version="1.0" encoding="UTF-16"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#
        #expect(ImageFile.examine(utf16(drawing, bigEndian: false)) == .image(.svg))
        #expect(ImageFile.examine(utf16(drawing, bigEndian: true)) == .image(.svg))
        #expect(ImageFile.examine(utf16(drawing.replacingOccurrences(of: "<rect/>", with: "<script>x</script>"), bigEndian: false)) == Self.script)
    }
}

@Suite("Image files: what real tools write")
struct ImageFileRealWorldTests {
    @Test("An SVG whose <svg> comes after a long doctype or comment is an SVG")
    func lateSVG() {
        let entities = (0..<200).map { "<!ENTITY st\($0) \"fill:#123456;stroke:none;\">" }.joined(separator: "\n")
        let bytes = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n\(entities)\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8)
        #expect(bytes.count > 4096)
        #expect(ImageFile.examine(bytes) == .image(.svg))
    }

    @Test("A web page with an inline SVG, saved as .png, is a web page")
    func webPageWithSVG() {
        let bytes = Array("<!DOCTYPE html><html><body><svg xmlns=\"http://www.w3.org/2000/svg\"></svg></body></html>".utf8)
        #expect(ImageFile.examine(bytes) == .notAnImage("een webpagina (HTML)"))
    }
}
