import Foundation
import Testing

@testable import CoachCore

@Suite("Name order")
struct NameOrderTests {
  /// The quick comparison of ASCII names orders them as Foundation does: every pair of
  /// printable characters, and names that differ in case, length and punctuation.
  @Test func asciiNamesOrderAsFoundationDoes() {
    let printable = (32..<127).map { String(UnicodeScalar(UInt8($0))) }
    var names = printable
    names += [
      "VLG Biologie 10", "VLG Biologie 9", "vlg biologie 9", "VLG Biologie", "VLG-Biologie",
      "VLG_Biologie", "VLG biologie 9", "", "a", "A", "ab", "aB", "Ab", "a b", "a_b", "a[b",
    ]
    for a in names {
      for b in names {
        let foundation =
          a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedAscending
        #expect(
          NameOrder.ascending(a, b) == foundation, "\(a.debugDescription) < \(b.debugDescription)")
      }
    }
  }

  @Test func otherNamesAreLeftToFoundation() {
    #expect(NameOrder.asciiAscending("Dëmeester", "Demeester") == nil)
    #expect(NameOrder.ascending("Élise", "Emma"))
    #expect(!NameOrder.ascending("Emma", "élise"))
  }
}
