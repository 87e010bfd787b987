import Foundation

/// The coach's private notes on one community. A separate type from `Community` on purpose:
/// a screen, a kiosk or a report that is given a community (or a context built from one)
/// has no path to these notes. The store writes them into the community's file, under their
/// own key, and hands them out only through `PropertyListStore.notebook(_:)`.
public struct CoachNotebook: Equatable, Sendable {
  public let communityID: UUID
  public private(set) var notes: [DynamicsNote]

  public init(communityID: UUID, notes: [DynamicsNote] = []) {
    self.communityID = communityID
    self.notes = notes
  }

  /// Adds a note about members of `community` (or the group). The text is cleaned and may not
  /// be empty; every member named must be one of the community's; tags are kept once each.
  @discardableResult
  public mutating func add(
    _ text: String, about members: [UUID] = [], tags: [NoteTag] = [], day: CalendarDay,
    meetingID: UUID? = nil, in community: Community, id: UUID = UUID()
  ) throws -> DynamicsNote {
    let clean = TextCleaning.multiline(text)
    guard !clean.isEmpty else { throw CoachError.emptyNote }
    guard community.id == communityID else { throw CoachError.noteForAnotherCommunity }
    if let stranger = members.first(where: { community.member(withID: $0) == nil }) {
      throw CoachError.unknownMember(stranger.uuidString, community: community.name)
    }
    var seenMembers = Set<UUID>()
    var seenTags = Set<NoteTag>()
    let note = DynamicsNote(
      id: id, day: day, about: members.filter { seenMembers.insert($0).inserted },
      tags: tags.filter { seenTags.insert($0).inserted }, text: clean, meetingID: meetingID)
    notes.append(note)
    return note
  }

  mutating func replace(at index: Int, with note: DynamicsNote) { notes[index] = note }

  mutating func removeNotes(where shouldRemove: (DynamicsNote) -> Bool) {
    notes.removeAll(where: shouldRemove)
  }

  /// The notes in time order (the order they were written on one day), the timeline.
  public var timeline: [DynamicsNote] {
    notes.enumerated().sorted {
      $0.element.day == $1.element.day ? $0.offset < $1.offset : $0.element.day < $1.element.day
    }.map(\.element)
  }

  /// The notes about one member (those about the whole group are not about them alone).
  public func timeline(of member: UUID) -> [DynamicsNote] {
    timeline.filter { $0.about.contains(member) }
  }
}
