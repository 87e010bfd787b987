import CoachCore
import CoachUI
import Foundation
import Testing

@testable import VLGCoachApp

@Suite("The config file")
struct UserConfigTests {
  func plist(_ body: String) -> Data {
    Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <plist version="1.0"><dict>\(body)</dict></plist>
      """.utf8)
  }

  @Test func languageThemeAndKeysAreRead() {
    let config = UserConfig.parse(
      plist(
        """
        <key>language</key><string>nl</string>
        <key>theme</key><string>high-contrast</string>
        <key>keys</key><dict>
          <key>live.next</key><string>Space</string>
          <key>home.add</key><array><string>n</string><string>Ctrl-N</string></array>
        </dict>
        """), path: "config.plist", language: .en)
    #expect(config.problems.isEmpty)
    #expect(config.language == .nl)
    #expect(config.theme == "high-contrast")
    #expect(config.keys.keys["live.next"] == [.character(" ")])
    #expect(config.keys.keys["home.add"] == [.character("n"), .control("n")])
  }

  @Test func eachBadSettingIsNamedAndKeepsItsDefault() {
    let config = UserConfig.parse(
      plist(
        """
        <key>language</key><string>fr</string>
        <key>colour</key><string>red</string>
        <key>keys</key><dict>
          <key>live.nxt</key><string>x</string>
          <key>live.note</key><string>Spacebar</string>
          <key>live.decision</key><string>d</string>
        </dict>
        """), path: "/home/coach/.config/vlgcoach/config.plist", language: .en)
    #expect(config.language == nil)
    #expect(config.keys.keys == ["live.decision": [.character("d")]])
    let said = config.problems.joined(separator: "\n")
    #expect(config.problems.count == 4)
    #expect(said.contains("there is no setting “colour”"))
    #expect(said.contains("language “fr” must be nl or en"))
    #expect(said.contains("keys.live.nxt is not an action"))
    #expect(said.contains("keys.live.note: “Spacebar” is not a key"))
    #expect(
      config.problems.allSatisfy { $0.hasPrefix("/home/coach/.config/vlgcoach/config.plist") })
  }

  @Test func aFileThatIsNoPropertyListIsSaidInOneSentence() {
    let config = UserConfig.parse(
      Data("language = nl\n".utf8), path: "config.plist", language: .nl)
    #expect(
      config
        == UserConfig(problems: [
          "config.plist is geen leesbare property list; vlgcoach gebruikt de standaardinstellingen."
        ]))
  }

  @Test func theFileLivesUnderXDGConfigHomeElseDotConfig() {
    #expect(
      UserConfig.location(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path
        == "/x/vlgcoach/config.plist")
    #expect(
      UserConfig.location(environment: ["HOME": "/h"]).path == "/h/.config/vlgcoach/config.plist")
  }
}
