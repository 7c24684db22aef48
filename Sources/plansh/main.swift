import Foundation
import Shell

exit(PlanshShell.main(Array(CommandLine.arguments.dropFirst())))
