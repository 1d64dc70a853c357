import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// `TextEdit`, the byte-range edit every change is made of.
struct TextEditTests {
    @Test func changeNothingWithoutBuildingTheResult() {
        let bytes = Array("- [ ] a\n- [x] b\n".utf8)
        #expect([TextEdit]().changeNothing(in: bytes))
        #expect([TextEdit(range: 3..<4, replacement: [0x20])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 3..<4, replacement: [0x78])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 7..<7, replacement: [0x78])].changeNothing(in: bytes))
        #expect(![TextEdit(range: 15..<17, replacement: [])].changeNothing(in: bytes))
    }
}
