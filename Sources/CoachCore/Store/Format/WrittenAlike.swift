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
    guard self == other else { return false }
    return zip(writtenTexts, other.writtenTexts).allSatisfy(Self.sameBytes)
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
