import CoachCore
import Foundation

/// One theme in `theme list --json`. Every key is always there (`null` when there is no
/// value), days are `YYYY-MM-DD`, moments in date order.
struct ThemeJSON: Encodable {
  let id: String
  let title: String
  let description: String
  let members: [String]
  let status: String
  /// Outside the advised 4–6: `too-few` or `too-many`, with the sentence in the language asked.
  let sizeAdvice: SizeAdviceJSON?
  let subgroups: [SubgroupJSON]
  let outputs: [OutputJSON]
  let moments: [MomentJSON]

  init(_ theme: WorkTheme, in community: Community, language: Language) {
    id = theme.id.uuidString
    title = theme.title
    description = theme.description
    members = community.memberNames(theme.members)
    status = theme.status.rawValue
    sizeAdvice = community.sizeAdvice(of: theme).map { SizeAdviceJSON($0, language: language) }
    subgroups = theme.subgroups.map {
      SubgroupJSON(id: $0.id.uuidString, name: $0.name, members: community.memberNames($0.members))
    }
    outputs = theme.outputs.map(OutputJSON.init)
    moments = theme.timeline.map {
      MomentJSON(id: $0.id.uuidString, kind: $0.kind.rawValue, day: $0.day.iso, note: $0.note)
    }
  }

  enum CodingKeys: String, CodingKey {
    case id, title, description, members, status, sizeAdvice, subgroups, outputs, moments
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(description, forKey: .description)
    try container.encode(members, forKey: .members)
    try container.encode(status, forKey: .status)
    try container.encode(sizeAdvice, forKey: .sizeAdvice)
    try container.encode(subgroups, forKey: .subgroups)
    try container.encode(outputs, forKey: .outputs)
    try container.encode(moments, forKey: .moments)
  }
}

struct SizeAdviceJSON: Encodable {
  let kind: String
  let members: Int
  let message: String

  init(_ advice: WorkTheme.SizeAdvice, language: Language) {
    switch advice {
    case .tooFew(let count):
      kind = "too-few"
      members = count
    case .tooMany(let count):
      kind = "too-many"
      members = count
    }
    message = advice.message(language)
  }
}

struct SubgroupJSON: Encodable {
  let id: String
  let name: String
  let members: [String]
}

struct OutputJSON: Encodable {
  let id: String
  let title: String
  let madeOn: String
  /// `null`: not yet tried in class.
  let triedInClassOn: String?
  let note: String

  init(_ output: ThemeOutput) {
    id = output.id.uuidString
    title = output.title
    madeOn = output.madeOn.iso
    triedInClassOn = output.triedInClassOn?.iso
    note = output.note
  }

  enum CodingKeys: String, CodingKey {
    case id, title, madeOn, triedInClassOn, note
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(madeOn, forKey: .madeOn)
    try container.encode(triedInClassOn, forKey: .triedInClassOn)
    try container.encode(note, forKey: .note)
  }
}

struct MomentJSON: Encodable {
  let id: String
  /// `exchange` or `showcase`.
  let kind: String
  let day: String
  let note: String
}
