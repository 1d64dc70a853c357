import Foundation
import RoadmapTestSupport

/// Headless Chromium as the tests drive it: a fresh profile per run (a second run on a profile
/// still closing hands its page to the first and exits without output), no sandbox (CI runs as
/// root). Scripts stay on: headless Chromium takes its screenshots, PDFs and DOM dumps with
/// scripts of its own and writes nothing with `scriptEnabled=false`. The report has no script to
/// run (the DOM checks say so) and its Content-Security-Policy would forbid one.
struct Chromium {
    let path: String
    let profile: URL

    /// nil (and the caller prints its SKIP line) when no Chromium is installed.
    static func find(profile: URL) -> Chromium? {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            if let path = ExternalTool.path(name) { return Chromium(path: path, profile: profile) }
        }
        return nil
    }

    private func run(_ arguments: [String], _ page: URL) throws -> ExternalTool.Result {
        let base = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
                    "--disable-extensions", "--disable-background-networking",
                    "--user-data-dir=\(profile.appendingPathComponent(UUID().uuidString).path)"]
        let result = try ExternalTool.run(path, base + arguments + [page.absoluteString], timeout: 90)
        guard result.status == 0 else { throw ChromiumError(message: "chromium \(arguments): exit \(result.status): \(result.stderr.suffix(600))") }
        return result
    }

    /// The DOM after parsing, serialised.
    func dom(_ page: URL) throws -> String { try run(["--dump-dom"], page).text }

    /// A screenshot of the first `height` CSS pixels at 1200 wide; `scale` below 1 makes it
    /// smaller (cheaper to decode) with the same layout.
    func screenshot(_ page: URL, to file: URL, dark: Bool = false, height: Int = 2000, scale: Double = 1) throws {
        var arguments = ["--screenshot=\(file.path)", "--window-size=1200,\(height)", "--force-device-scale-factor=\(scale)"]
        if dark { arguments.append("--force-dark-mode") }
        _ = try run(arguments, page)
    }

    func pdf(_ page: URL, to file: URL) throws {
        _ = try run(["--print-to-pdf=\(file.path)", "--no-pdf-header-footer"], page)
    }

    struct ChromiumError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// What the tests read from a page and a picture, with python3 as the tool (html.parser and
/// zlib from its standard library).
enum PageProbe {
    struct DOM: Decodable {
        /// The text a reader sees (outside <style>, <title> kept), whitespace collapsed.
        let text: String
        let title: String
        /// Every element's name, in order.
        let tags: [String]
        /// Every attribute as `tag name=value`.
        let attributes: [String]
        let style: String
    }

    static let domScript = """
    import sys, json, html.parser
    class P(html.parser.HTMLParser):
        def __init__(s):
            super().__init__(); s.text=[]; s.tags=[]; s.attrs=[]; s.style=[]; s.stack=[]; s.title=[]
        def handle_starttag(s, tag, attrs):
            s.tags.append(tag); s.stack.append(tag)
            s.attrs += ['%s %s=%s' % (tag, k, v or '') for k, v in attrs]
        def handle_endtag(s, tag):
            while s.stack and s.stack.pop() != tag: pass
        def handle_data(s, data):
            top = s.stack[-1] if s.stack else ''
            if top == 'style': s.style.append(data)
            elif top == 'title' and 'svg' not in s.stack: s.title.append(data)
            else: s.text.append(data)
    p = P(); p.feed(sys.stdin.read())
    print(json.dumps(dict(text=' '.join(' '.join(p.text).split()), title=''.join(p.title), tags=p.tags, attributes=p.attrs, style=''.join(p.style))))
    """

    struct Picture: Decodable {
        let width: Int
        let height: Int
        /// Distinct colours among the sampled pixels.
        let colours: Int
        /// Share of sampled pixels that differ from the top-left one (the page's background).
        let ink: Double
        /// The top-left pixel's brightness, 0 to 1.
        let background: Double
    }

    /// Decodes a PNG (8-bit RGB or RGBA, as Chromium writes) with zlib and samples every fourth
    /// pixel of every second row.
    static let pictureScript = """
    import sys, zlib, struct, json
    data = open(sys.argv[1], 'rb').read()
    assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
    pos, idat = 8, []
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]
        if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        if kind == b'IDAT': idat.append(body)
        pos += 12 + n
    raw = zlib.decompress(b''.join(idat)); bpp = {2: 3, 6: 4}[ctype]; stride = w * bpp
    prev = bytearray(stride); seen = {}; first = None; total = differ = 0
    for y in range(h):
        f = raw[y*(stride+1)]; line = bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
        if f == 1:
            for i in range(bpp, stride): line[i] = (line[i] + line[i-bpp]) & 255
        elif f == 2: line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride): line[i] = (line[i] + ((line[i-bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i-bpp] if i >= bpp else 0; b = prev[i]; c = prev[i-bpp] if i >= bpp else 0
                p = a + b - c; pa = abs(p - a); pb = abs(p - b); pc = abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if first is None: first = bytes(line[:3])
        if y % 2: continue
        for x in range(0, stride, bpp * 4):
            k = bytes(line[x:x+3]); seen[k] = 1; total += 1; differ += k != first
    print(json.dumps(dict(width=w, height=h, colours=len(seen), ink=differ / max(1, total), background=sum(first) / 765)))
    """

    static func python() -> String? { ExternalTool.path("python3") }

    static func dom(_ html: String, python: String) throws -> DOM {
        let result = try ExternalTool.run(python, ["-c", domScript], input: Array(html.utf8))
        guard result.status == 0 else { throw Chromium.ChromiumError(message: "html.parser: \(result.stderr)") }
        return try JSONDecoder().decode(DOM.self, from: Data(result.stdout))
    }

    static func picture(_ png: URL, python: String) throws -> Picture {
        let result = try ExternalTool.run(python, ["-c", pictureScript, png.path])
        guard result.status == 0 else { throw Chromium.ChromiumError(message: "PNG decoding: \(result.stderr)") }
        return try JSONDecoder().decode(Picture.self, from: Data(result.stdout))
    }

    /// Pages of a PDF as Chromium writes them (uncompressed page objects), with their media boxes.
    static func pdfPages(_ pdf: [UInt8]) -> (count: Int, boxes: [String]) {
        let text = String(decoding: pdf, as: UTF8.self)
        let count = text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
        let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().map { String($0.prefix { $0 != "]" }) }
        return (count, boxes)
    }
}
