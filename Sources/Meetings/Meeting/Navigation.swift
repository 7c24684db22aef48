/// Where the meeting goes after a prompt or a step.
enum Navigation: Equatable {
  /// On to the next item of this step.
  case stay
  /// The step had nothing to discuss (its check found nothing): pass on in the direction
  /// the meeting was moving.
  case passed
  case nextStep
  case back
  case goto(Int)
  case end
  /// The input ran out: close the meeting where it stands.
  case inputEnded
}
