import CoachCore
import Foundation
import Testing

@testable import CoachUI

/// The key tables are the only way keys act: on every screen, section and overlay of the
/// demo, every key shown does something (or says why not), and a key no table lists does
/// nothing at all.
@Suite("Keys declared once")
struct KeyBindingTests {
  /// Every printable key a coach may hit, and the special keys.
  static let universe: [Key] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?-+*.,;:!@#$%&()[]'\""
    .map { Key.character($0) }
    + [
      .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .shiftUp,
      .shiftDown, .pageUp, .pageDown, .home, .end, .function(1),
    ] + "abdefghijklnopqrstuvwxyz".map { Key.control($0) }

  static func reach(_ path: [Key], _ language: Language) -> TestApp {
    var app = TestApp.demo(language: language)
    for key in path { app.send(key) }
    app.state.flash = nil
    return app
  }

  /// Typing goes into a form or a filter: there, unbound keys are text, not commands.
  static func isTyping(_ state: AppState) -> Bool {
    if case .form = state.overlays.last { return true }
    if case .message = state.overlays.last { return true }
    return Reducer.isTypingInFilter(state) || state.route.feature.takesText
  }

  @Test(arguments: Language.allCases)
  func everyKeyShownDoesSomethingOrSaysWhyNot(_ language: Language) {
    for (name, path) in EverySizeTests.paths {
      let start = Self.reach(path, language)
      // Moving in a list does nothing at its edge, by nature; the list's moves are tested
      // where the lists are (NavigationTests).
      for hint in KeyHints.current(start.state) where !hint.isListMove {
        guard let key = hint.boundKeys.first else { continue }
        var app = start
        app.effects = []
        app.send(key)
        if let refusal = hint.refusal {
          #expect(app.state.flash == refusal, "\(name): \(hint.keys) should say why not")
        } else {
          #expect(
            app.state != start.state || !app.effects.isEmpty,
            "\(name): \(hint.keys) (\(hint.label)) did nothing")
        }
      }
    }
  }

  @Test(arguments: Language.allCases)
  func aKeyNoTableListsDoesNothing(_ language: Language) {
    for (name, path) in EverySizeTests.paths {
      let start = Self.reach(path, language)
      if Self.isTyping(start.state) { continue }
      let listed = Set(KeyHints.current(start.state).flatMap(\.boundKeys))
      for key in Self.universe where !listed.contains(key) && key != .control("c") {
        var app = start
        app.effects = []
        app.send(key)
        #expect(
          app.state == start.state && app.effects.isEmpty,
          "\(name): \(KeyLabel.text(key)) is not listed but did something")
      }
    }
  }

  @Test(arguments: Language.allCases)
  func everyScreensStatusLineAt80x24ShowsTheWayToItsSections(_ language: Language) {
    let sections = [
      "overview", "members", "meetings", "meeting agenda", "meeting attendance",
      "meeting agreements", "meeting notes",
    ]
    for (name, path) in EverySizeTests.paths where sections.contains(name) {
      let app = Self.reach(path, language)
      let status = app.screen.last ?? ""
      #expect(status.contains("Tab "), "\(name): \(status)")
      #expect(status.contains("Esc "), "\(name): \(status)")
      #expect(status.contains("? "), "\(name): \(status)")
    }
  }

  @Test func jAnswersYesOnlyInDutch() {
    for language in Language.allCases {
      var app = TestApp.demo(language: language)
      app.send(.character("d"), .character("j"))
      let deleted = app.stored.count == 1
      #expect(deleted == (language == .nl), "\(language): d then j")
    }
    var app = TestApp.demo(language: .en)
    app.send(.character("d"), .character("y"))
    #expect(app.stored.count == 1)
  }

  @Test func theHelpListsEveryBindingOfTheScreen() {
    var app = TestApp.meeting(3)
    app.send(.tab)  // attendance
    let shown = KeyHints.current(app.state).filter { $0.priority != .covered }
    app.send(.character("?"))
    let help = app.screenText
    for hint in shown {
      #expect(help.contains(hint.keys), "help lacks \(hint.keys)")
    }
  }

  @Test func aConfigOverrideGivesAnActionOtherKeysEverywhere() {
    var app = TestApp.demo()
    app.state.keyOverrides = KeyOverrides(["home.add": [.character("n")]])
    app.send(.character("a"))
    #expect(app.state.overlays.isEmpty)
    app.send(.character("n"))
    #expect(app.openForm != nil)
    app.send(.escape)
    #expect(app.screen.last?.contains("n add") == true)
  }
}
