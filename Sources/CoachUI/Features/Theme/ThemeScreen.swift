import CoachCore
import Foundation

/// One theme in full, with its subgroups, output and moments as a list to correct or delete
/// one by one (Enter on the themes tab).
public struct ThemeScreen: Equatable, Sendable {
  public var communityID: UUID
  public var themeID: UUID
  public var selection = 0

  public init(communityID: UUID, themeID: UUID) {
    self.communityID = communityID
    self.themeID = themeID
  }

  /// What belongs to a theme, in the order shown: subgroups, output, moments by day.
  enum Item: Equatable {
    case subgroup(ThemeSubgroup)
    case output(ThemeOutput)
    case moment(ThemeMoment)

    var id: UUID {
      switch self {
      case .subgroup(let group): group.id
      case .output(let output): output.id
      case .moment(let moment): moment.id
      }
    }
  }

  func theme(_ context: CommunityContext) -> WorkTheme? {
    context.community.themes.first { $0.id == themeID }
  }

  static func items(_ theme: WorkTheme) -> [Item] {
    theme.subgroups.map(Item.subgroup) + theme.outputs.map(Item.output)
      + theme.timeline.map(Item.moment)
  }
}

extension ThemeScreen: ScreenFeature {
  var route: Route { .theme(self) }
  var shownCommunityID: UUID? { communityID }

  /// Gone (nil) when the theme is: the screen then closes.
  func context(_ source: ContextSource) -> CommunityContext? {
    guard let context = source.community(communityID), theme(context) != nil else { return nil }
    return context
  }

  func keys(_ context: CommunityContext) -> KeyTable<ThemeScreenAction> {
    ThemeScreenKeys.table(self, context)
  }

  func render(_ context: CommunityContext, _ canvas: inout Canvas) -> Frame.Cursor? {
    ThemeScreenView.render(self, context, &canvas)
    return nil
  }

  mutating func repair(_ context: CommunityContext) {
    let count = theme(context).map { Self.items($0).count } ?? 0
    selection = max(0, min(selection, count - 1))
  }
}
