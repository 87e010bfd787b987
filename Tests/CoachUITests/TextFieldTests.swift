import Testing

@testable import CoachUI

@Suite("Editing text in a field")
struct TextFieldTests {
  @Test func theCursorMovesByWholeCharacters() {
    var field = TextField("Zoë 🎓")
    #expect(field.cursor == 5)
    field.backspace()
    #expect(field.text == "Zoë ")
    field.moveLeft()
    field.moveLeft()
    field.backspace()
    #expect(field.text == "Zë ")
    field.insert("o")
    #expect(field.text == "Zoë ")
    field.deleteForward()
    #expect(field.text == "Zo ")
  }

  @Test func homeAndEndWorkOnTheCurrentLineOfAMultilineField() {
    var field = TextField("KA Geel\nSint-Victor", multiline: true)
    field.moveToLineStart()
    field.insert(">")
    #expect(field.text == "KA Geel\n>Sint-Victor")
    field.moveLeft()
    field.moveLeft()
    field.moveToLineStart()
    #expect(field.cursor == 0)
    field.moveToLineEnd()
    #expect(field.cursor == 7)
  }

  @Test func enterIsANewLineOnlyInAMultilineField() {
    var line = TextField("a")
    line.newLine()
    #expect(line.text == "a")
    var lines = TextField("a", multiline: true)
    lines.newLine()
    #expect(lines.text == "a\n")
  }

  @Test func ctrlUClearsAndUnknownKeysAreNotConsumed() {
    var field = TextField("something")
    let cleared = field.handle(.control("u"))
    #expect(cleared)
    #expect(field.text.isEmpty)
    let tab = field.handle(.tab)
    let save = field.handle(.control("s"))
    #expect(!tab && !save)
  }
}
