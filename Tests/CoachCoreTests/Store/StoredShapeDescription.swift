import Foundation
import Testing

@testable import CoachCore

/// The stored shape as text, one line per path and type (`community.meetings[].day: string`),
/// read off what the writer writes for a community with every field filled.
enum StoredShapeDescription {
  static func of(_ tree: PlistValue) -> String {
    var lines = Set<String>()
    walk(tree, path: "", into: &lines)
    return lines.sorted().joined(separator: "\n") + "\n"
  }

  private static func walk(_ value: PlistValue, path: String, into lines: inout Set<String>) {
    switch value {
    case .dictionary(let fields):
      lines.insert(path + ": dictionary")
      for (key, child) in fields {
        // Keys that are ids (attendance by member) are data, not shape.
        let name = UUID(uuidString: key) == nil ? key : "<id>"
        walk(child, path: path.isEmpty ? name : path + "." + name, into: &lines)
      }
    case .array(let items):
      lines.insert(path + ": array")
      for item in items { walk(item, path: path + "[]", into: &lines) }
    case .string, .uuid: lines.insert(path + ": string")  // an id is written as its text
    case .integer: lines.insert(path + ": integer")
    case .real: lines.insert(path + ": real")
    case .bool: lines.insert(path + ": bool")
    case .date: lines.insert(path + ": date")
    case .data: lines.insert(path + ": data")
    case .malformed(let element, _): lines.insert(path + ": " + element)
    case .written: lines.insert(path + ": written before")  // never in a tree made afresh
    }
  }

  /// A community with every optional field filled at least once.
  static func fullCommunity() throws -> Community {
    var community = try ExportFixture.community(.nl)
    community.members[0].participationSince = CalendarDay(year: 2026, month: 9, day: 1)
    community.members[0].committedOn = CalendarDay(year: 2026, month: 9, day: 2)
    community.members[0].joinedOn = CalendarDay(year: 2026, month: 8, day: 30)
    community.meetings[0].time = TimeOfDay(hour: 14, minute: 0)
    community.meetings[0].agenda[0].startedAt = Fixture.now
    community.meetings[0].agenda[0].endedAt = Fixture.now.addingTimeInterval(600)
    community.meetings[0].agenda[0].protocolID = DiscussionProtocol.tuning.id
    community.meetings[0].roles = [.chair: community.members[0].id]
    community.meetings[0].attendance[community.members[0].id] = .present
    community.agreements[0].madeUnder = community.meetings[0].agenda[0].id
    community.members[0].participationReason = "Minder lesuren"
    let theme = try community.addTheme(
      title: "Evalueren", description: "Rubrics", members: [community.members[0].id])
    try community.addSubgroup(toTheme: theme.id, name: "A", members: [community.members[0].id])
    let made = try day("2026-10-01")
    try community.addOutput(
      toTheme: theme.id, title: "Rubric", madeOn: made, triedInClassOn: made, note: "Goed")
    try community.addMoment(toTheme: theme.id, kind: .showcase, day: made, note: "Aula")
    try community.setInternalCoach(community.members[0].id)
    try community.submitChecklist(
      .meetingEvaluation, meetingID: community.meetings[0].id, day: made, anonymous: false,
      memberID: community.members[0].id,
      answers: ["learned": .scale(4), "next-step": .yes, "better": .text("Meer tijd")],
      at: Fixture.now)
    if let item = PlaybookItem.all.first(where: { $0.check == nil }) {
      community.setTick(ChecklistTick(day: made, remark: "Via mail"), on: item)
    }
    return community
  }

  /// Notes with every optional field filled.
  static func fullNotebook(_ community: Community) throws -> CoachNotebook {
    var notebook = CoachNotebook(communityID: community.id)
    try notebook.add(
      "Neemt het woord", about: [community.members[0].id], tags: [.driver, .own("eigen")],
      day: try day("2026-10-06"),
      meetingID: community.meetings[0].id, in: community)
    return notebook
  }
}
