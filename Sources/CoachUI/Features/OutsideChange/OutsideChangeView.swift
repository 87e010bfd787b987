import CoachCore
import Foundation

/// The question over the screen: whose version of the community stays.
enum OutsideChangeView {
  static func render(community id: UUID, _ state: AppState, _ canvas: inout Canvas) {
    let name = state.library.summary(id)?.name ?? ""
    let o = state.strings.outsideChange
    Dialog.choice(
      title: o.title, lines: [o.question(name)], keys: OutsideChangeKeys.table(state).hints,
      &canvas)
  }
}
