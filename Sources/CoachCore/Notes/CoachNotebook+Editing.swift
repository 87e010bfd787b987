import Foundation

extension CoachNotebook {
  /// Corrects a note: the same rules as adding one (text, members of the community, tags
  /// once each). Its meeting stays.
  public mutating func update(
    id: UUID, text: String, about members: [UUID], tags: [NoteTag], day: CalendarDay,
    in community: Community
  ) throws {
    guard let index = notes.firstIndex(where: { $0.id == id }) else { return }
    var scratch = CoachNotebook(communityID: communityID)
    let checked = try scratch.add(
      text, about: members, tags: tags, day: day, meetingID: notes[index].meetingID,
      in: community, id: id)
    replace(at: index, with: checked)
  }

  public mutating func remove(id: UUID) {
    removeNotes { $0.id == id }
  }
}
