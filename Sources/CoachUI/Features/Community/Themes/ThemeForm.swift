import Foundation

/// What a theme form is for. One case of `FormState.Purpose` wraps them.
public enum ThemeForm: Equatable, Sendable, Codable {
  case add(community: UUID)
  case edit(community: UUID, theme: UUID)
  case output(community: UUID, theme: UUID)
  case moment(community: UUID, theme: UUID)
  case subgroup(community: UUID, theme: UUID)
  case editOutput(community: UUID, theme: UUID, output: UUID)
  case editMoment(community: UUID, theme: UUID, moment: UUID)
  case editSubgroup(community: UUID, theme: UUID, subgroup: UUID)
}
