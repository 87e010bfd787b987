import CoachCore
import Foundation

/// The lists the screens show, derived in one place for the reducer and the views.
extension AppState {
  /// The home screen's communities: sorted by name, narrowed by the filter.
  public func visibleCommunities(_ home: HomeScreen) -> [CommunitySummary] {
    library.summaries
      .filter { home.filter.matches([$0.name, $0.subject]) }
      .sorted { NameOrder.ascending($0.name, $1.name) }
  }

  /// A community's members: active ones first, then by name, narrowed by the filter.
  public func visibleMembers(_ screen: CommunityScreen) -> [Member] {
    guard let community = library.loaded[screen.id] else { return [] }
    return community.members
      .filter { screen.memberFilter.matches([$0.name, $0.school]) }
      .sorted {
        if $0.isActive != $1.isActive { return $0.isActive }
        return NameOrder.ascending($0.name, $1.name)
      }
  }

  /// Rows of list that fit on screen: the page size of PgUp/PgDn.
  var listPageSize: Int { max(1, height - 8) }
}
