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

@Suite("Typing into a prefilled field")
struct PrefilledFieldTests {
  @Test func theFirstCharacterTypedReplacesAPrefilledValue() {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .character("a"))
    #expect(app.openForm?.focusedField?.id == .date)
    #expect(app.openForm?.value(.date).isEmpty == false)
    app.type("2026-12-09")
    #expect(app.openForm?.value(.date) == "2026-12-09")
  }

  @Test func anArrowKeyKeepsTheValueForEditing() {
    var field = TextField("2026-12-02")
    field.selectAll()
    _ = field.handle(.left)
    _ = field.handle(.backspace)
    _ = field.handle(.character("3"))
    #expect(field.text == "2026-12-32")
    var other = TextField("Geel")
    other.selectAll()
    _ = other.handle(.backspace)
    #expect(other.text.isEmpty)
  }

  @Test func movingToAFieldSelectsItsValueAgain() {
    var app = TestApp.demo()
    app.send(.down, .enter, .tab, .tab, .end, .enter, .character("e"))  // edit an agenda item
    let title = app.openForm?.value(.title) ?? ""
    #expect(!title.isEmpty)
    app.send(.tab, .backTab)
    app.type("Welkom")
    #expect(app.openForm?.value(.title) == "Welkom")
    app.send(.tab)
    app.send(.end)
    app.type("0")
    #expect(app.openForm?.value(.minutes).hasSuffix("0") == true)
  }
}
