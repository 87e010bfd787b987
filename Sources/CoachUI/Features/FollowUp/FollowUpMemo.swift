import CoachCore
import Foundation

/// What the follow-up screen worked out, kept between keys: each community's digest and
/// the sorted, grouped list. Tens of thousands of open agreements across an archive take
/// milliseconds to sort, too long to do again for every key; so they are worked out once
/// per change of what they come from, and a key that changes nothing finds them here.
///
/// A reference shared by the copies of one screen value. The reducer stays pure: the
/// result depends only on the inputs, which are compared (cheaply: unchanged arrays and
/// strings compare by their storage) before a remembered result is used.
final class FollowUpMemo: @unchecked Sendable {
  struct Key: Equatable {
    let digests: [FollowUpDigest]
    let today: CalendarDay
    let grouping: FollowUpScreen.Grouping
    let language: Language
  }

  private let lock = NSLock()
  private var communities: [UUID: (community: Community, digest: FollowUpDigest)] = [:]
  private let remembered = ViewMemo<Key, FollowUpList>()

  /// The digest of a community read in full, made again only when it changed.
  func digest(of community: Community) -> FollowUpDigest {
    lock.withLock {
      if let known = communities[community.id], known.community == community {
        return known.digest
      }
      let digest = FollowUpDigest(community)
      communities[community.id] = (community, digest)
      return digest
    }
  }

  func list(for key: Key, make: () -> FollowUpList) -> FollowUpList {
    remembered.value(for: key, make: make)
  }
}
