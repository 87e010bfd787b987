import Foundation
import Testing

@testable import CoachCore

/// `playbook.plist`: read validated from a hostile disk, written atomically, never over a
/// change made outside vlgcoach nor over a file of a newer version.
@Suite("The playbook file")
struct PlaybookFileTests {
  static func write(_ value: PlistValue, in folder: URL) throws {
    try PlistXMLWriter.data(value).write(
      to: folder.appendingPathComponent(PlaybookFile.fileName))
  }

  static func text(_ nl: String) -> PlistValue {
    .dictionary(["nl": .string(nl), "en": .string(nl)])
  }

  @Test func aPlaybookSurvivesASaveAndARead() throws {
    try TemporaryDirectory.with { folder in
      let store = try PropertyListStore(directory: folder)
      var playbook = try store.readPlaybook()
      #expect(playbook == CoachPlaybook())
      try playbook.copyChecklist(.conditions, id: "voorwaarden", title: "Onze voorwaarden")
      try playbook.editChecklist("voorwaarden", [.add("Is er koffie?", .shortText, at: 2)])
      try playbook.copyProtocol(.debrief, id: "kort", name: "Korte nabespreking")
      try playbook.editProtocol("kort", [.minutes(1, 9)])
      try store.savePlaybook(playbook)
      let again = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(try again.readPlaybook() == playbook)
      #expect(again.playbookFile.repairCount == 0)
    }
  }

  @Test func aHostileFileIsMendedWithoutATrap() throws {
    try TemporaryDirectory.with { folder in
      let question: (String, String) -> PlistValue = { id, answer in
        .dictionary([
          "id": .string(id), "nl": .string("Vraag \(id)"), "en": .string("Q \(id)"),
          "answer": .string(answer),
        ])
      }
      let tooMany = (0...40).map { question("v\($0)", "scale") }
      try Self.write(
        .dictionary([
          "schemaVersion": .integer(1),
          "extra": .string("kept"),
          "checklists": .array([
            .string("not a checklist"),
            .dictionary([
              "id": .string(""), "title": Self.text("Leeg"),
              "questions": .array([question("a", "scale")]),
            ]),
            .dictionary([
              "id": .string("goed"), "version": .string("twee"), "title": Self.text("Goed"),
              "questions": .array([
                question("a", "scale"), question("a", "yesNo"), question("b", "colour"),
                .integer(3), question("", "scale"), question("c", "yesNo"),
              ]),
            ]),
            .dictionary([
              "id": .string("lang"), "version": .integer(4), "title": Self.text("Lang"),
              "questions": .array(tooMany),
            ]),
            .dictionary([
              "id": .string("conditions"), "title": Self.text("Kaper"),
              "questions": .array([question("a", "scale")]),
            ]),
            .dictionary([
              "id": .string("zonder"), "title": Self.text("Zonder"), "questions": .array([]),
            ]),
          ]),
          "protocols": .array([
            .dictionary([
              "id": .string("eigen"), "name": Self.text("Eigen"), "purpose": .integer(1),
              "steps": .array([
                .dictionary([
                  "title": Self.text("Een"), "who": Self.text("ik"), "minutes": .integer(0),
                ]),
                .dictionary(["title": Self.text("Twee"), "minutes": .integer(9_999)]),
                .dictionary(["title": .integer(1), "minutes": .integer(5)]),
                .dictionary(["title": Self.text("Drie"), "minutes": .string("vijf")]),
              ]),
            ]),
            .dictionary(["id": .string("tuning"), "name": Self.text("Kaper"), "steps": .array([])]),
            .dictionary(["id": .string("leeg"), "name": Self.text("Leeg"), "steps": .string("x")]),
          ]),
        ]), in: folder)
      let store = try PropertyListStore(directory: folder)
      let playbook = try store.readPlaybook()
      #expect(playbook.checklists.map(\.id) == ["goed", "lang"])
      #expect(playbook.checklists[0].questions.map(\.id) == ["a", "c"])
      #expect(playbook.checklists[0].version == 1)
      #expect(playbook.checklists[1].questions.count == ChecklistTemplate.questionLimit)
      #expect(playbook.protocols.map(\.id) == ["eigen"])
      #expect(playbook.protocols[0].steps.map(\.minutes) == [1, 240])
      #expect(playbook.protocols[0].steps[1].who.en == "everyone")
      #expect(store.playbookFile.repairCount > 0)
      // Writing back keeps what this version does not know.
      try store.savePlaybook(playbook)
      let data = try Data(contentsOf: folder.appendingPathComponent(PlaybookFile.fileName))
      let root = try #require(try PlistXMLReader.parse(data).value.dictionary)
      #expect(root["extra"] == .string("kept"))
      #expect(
        try PropertyListStore(directory: folder, purpose: .reading).readPlaybook() == playbook)
    }
  }

  @Test func aDamagedFileIsRefusedAndLeftAsItWas() throws {
    try TemporaryDirectory.with { folder in
      let url = folder.appendingPathComponent(PlaybookFile.fileName)
      for bytes in ["<plist><dict><key>x", "<?xml version=\"1.0\"?><plist><array/></plist>", ""] {
        try Data(bytes.utf8).write(to: url)
        let store = try PropertyListStore(directory: folder, purpose: .reading)
        #expect(throws: PlaybookError.self) { try store.readPlaybook() }
        #expect(throws: PlaybookError.self) { try store.playbookFile.save(CoachPlaybook()) }
        #expect(try Data(contentsOf: url) == Data(bytes.utf8))
      }
    }
  }

  @Test func aNewerVersionIsReadButNotWritten() throws {
    try TemporaryDirectory.with { folder in
      try Self.write(
        .dictionary([
          "schemaVersion": .integer(2),
          "checklists": .array([
            .dictionary([
              "id": .string("later"), "title": Self.text("Later"),
              "questions": .array([
                .dictionary(["id": .string("a"), "nl": .string("A"), "answer": .string("yesNo")])
              ]),
            ])
          ]),
        ]), in: folder)
      let store = try PropertyListStore(directory: folder)
      var playbook = try store.readPlaybook()
      #expect(playbook.checklists.map(\.id) == ["later"])
      try playbook.copyChecklist(.conditions, id: "nieuw", title: "Nieuw")
      #expect(throws: PlaybookError.newerVersion(2)) { try store.savePlaybook(playbook) }
      #expect(PlaybookError.newerVersion(2).message(.en).contains("nothing was written"))
    }
  }

  @Test func aFileChangedOnDiskSinceItWasReadIsNotOverwritten() throws {
    try TemporaryDirectory.with { folder in
      let store = try PropertyListStore(directory: folder)
      var playbook = try store.readPlaybook()
      try playbook.copyChecklist(.conditions, id: "een", title: "Een")
      try store.savePlaybook(playbook)
      // Someone else writes the file (another vlgcoach, an editor) after it was read.
      let other = try PropertyListStore(directory: folder, purpose: .reading)
      var theirs = try other.readPlaybook()
      try theirs.copyChecklist(.elements, id: "twee", title: "Twee")
      let url = folder.appendingPathComponent(PlaybookFile.fileName)
      try PlistXMLWriter.data(PlaybookWriter(residue: Residue()).file(theirs)).write(to: url)
      let before = try Data(contentsOf: url)
      try playbook.editChecklist("een", [.remove(1)])
      #expect(throws: PlaybookError.changedOnDisk) { try store.savePlaybook(playbook) }
      #expect(try Data(contentsOf: url) == before)
      #expect(
        PlaybookError.changedOnDisk.message(.en)
          == "playbook.plist was changed outside vlgcoach; nothing was written. Try again.")
      // A file made where there was none is an outside change too.
      try TemporaryDirectory.with { second in
        let fresh = try PropertyListStore(directory: second)
        let empty = try fresh.readPlaybook()
        try before.write(to: second.appendingPathComponent(PlaybookFile.fileName))
        #expect(throws: PlaybookError.changedOnDisk) { try fresh.savePlaybook(empty) }
      }
      // Read again, the change is the coach's to make.
      var reread = try store.readPlaybook()
      try reread.editChecklist("een", [.remove(1)])
      try store.savePlaybook(reread)
      #expect(try other.readPlaybook().checklists.map(\.id) == ["een", "twee"])
    }
  }

  @Test func aReadOnlyStoreWritesNoPlaybook() throws {
    try TemporaryDirectory.with { folder in
      _ = try PropertyListStore(directory: folder)
      let store = try PropertyListStore(directory: folder, purpose: .reading)
      #expect(throws: StoreError.self) { try store.savePlaybook(CoachPlaybook()) }
    }
  }
}
