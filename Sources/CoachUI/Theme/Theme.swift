import Foundation

/// A colour theme: a style per role, read from a property list in `Themes/`.
public struct Theme: Codable, Equatable, Sendable {
  public var name: String
  public var styles: [String: ThemeStyle]

  public init(name: String, styles: [StyleRole: ThemeStyle]) {
    self.name = name
    self.styles = Dictionary(uniqueKeysWithValues: styles.map { ($0.key.rawValue, $0.value) })
  }

  public func style(_ role: StyleRole) -> ThemeStyle {
    styles[role.rawValue] ?? ThemeStyle()
  }

  /// The theme with every colour removed (NO_COLOR, or a terminal without colours).
  public var withoutColors: Theme {
    var copy = self
    copy.styles = styles.mapValues(\.withoutColors)
    return copy
  }

  public enum DecodingProblem: Error, Equatable, Sendable {
    case notATheme(String)
    case unknownRoles([String])
  }

  /// Decodes a theme file; unknown role names are refused so a typo does not go unnoticed.
  public static func decode(_ data: Data) throws -> Theme {
    let theme: Theme
    do {
      theme = try PropertyListDecoder().decode(Theme.self, from: data)
    } catch {
      throw DecodingProblem.notATheme(String(describing: error))
    }
    let known = Set(StyleRole.allCases.map(\.rawValue))
    let unknown = theme.styles.keys.filter { !known.contains($0) }.sorted()
    if !unknown.isEmpty { throw DecodingProblem.unknownRoles(unknown) }
    return theme
  }

  /// Attributes only: what the program uses when no theme file can be found. It is also
  /// what `Themes/monochrome.plist` holds (a test keeps the two equal).
  public static let plain = Theme(
    name: "monochrome",
    styles: [
      .title: ThemeStyle(bold: true),
      .heading: ThemeStyle(bold: true, underline: true),
      .accent: ThemeStyle(bold: true),
      .dim: ThemeStyle(dim: true),
      .selection: ThemeStyle(reverse: true),
      .selectionDim: ThemeStyle(underline: true),
      .statusBar: ThemeStyle(reverse: true),
      .statusKey: ThemeStyle(bold: true, reverse: true),
      .tabActive: ThemeStyle(bold: true, reverse: true),
      .tabInactive: ThemeStyle(),
      .phaseDone: ThemeStyle(bold: true),
      .phaseCurrent: ThemeStyle(bold: true, reverse: true),
      .phaseTodo: ThemeStyle(dim: true),
      .success: ThemeStyle(bold: true),
      .warning: ThemeStyle(bold: true, underline: true),
      .error: ThemeStyle(bold: true, reverse: true),
      .border: ThemeStyle(dim: true),
      .input: ThemeStyle(underline: true),
      .inputFocused: ThemeStyle(reverse: true),
      .dialog: ThemeStyle(),
    ])
}
