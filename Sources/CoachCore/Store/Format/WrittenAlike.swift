import Foundation

/// Equal records are not always written alike: Swift's `==` on String holds for canonically
/// equivalent spellings ("é" as one character, or "e" and a combining accent), which are
/// different bytes in a file. A written part is taken over only when its value is equal and
/// each of its texts is the same bytes (`WrittenParts`).
protocol WrittenAlike: Equatable {
  /// Every text the record writes, in a fixed order.
  var writtenTexts: [String] { get }
}

extension WrittenAlike {
  func isWrittenAlike(_ other: Self) -> Bool {
    if Self.sameBits(self, other) { return true }
    guard self == other else { return false }
    return zip(writtenTexts, other.writtenTexts).allSatisfy(Self.sameBytes)
  }

  /// The same bits are the same texts in the same storage: an unchanged record, which is
  /// nearly every record of a save, answers here without a list of its texts being made.
  /// (Bits that differ only in padding fall through to the full comparison.)
  static func sameBits(_ a: Self, _ b: Self) -> Bool {
    withUnsafeBytes(of: a) { first in
      withUnsafeBytes(of: b) { second in
        guard first.count == second.count, let one = first.baseAddress,
          let other = second.baseAddress
        else { return first.count == second.count }
        return memcmp(one, other, first.count) == 0
      }
    }
  }

  /// Unchanged texts share their storage, so the pointers nearly always answer.
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    let contiguous = a.utf8.withContiguousStorageIfAvailable { first in
      b.utf8.withContiguousStorageIfAvailable { second in
        guard first.count == second.count else { return false }
        guard let one = first.baseAddress, let other = second.baseAddress, one != other
        else { return true }
        return memcmp(one, other, first.count) == 0
      }
    }
    return (contiguous ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }
}

extension Meeting: WrittenAlike {
  var writtenTexts: [String] {
    var texts = [place, notes]
    for item in agenda {
      texts += [item.title, item.presenter, item.notes, item.protocolID ?? ""]
      texts += item.decisions
    }
    return texts
  }
}

extension Agreement: WrittenAlike {
  var writtenTexts: [String] { [text] + reviews.map(\.note) }
}

extension ChecklistRound: WrittenAlike {
  var writtenTexts: [String] {
    var texts = [template.id, template.title.nl, template.title.en]
    for question in template.questions {
      texts += [question.id, question.text.nl, question.text.en]
    }
    for response in responses {
      // In one order for both: equal dictionaries have keys equal by ==, spelled either way.
      for (id, answer) in response.answers.sorted(by: { $0.key < $1.key }) {
        texts.append(id)
        if case .text(let text) = answer { texts.append(text) }
      }
    }
    return texts
  }
}
