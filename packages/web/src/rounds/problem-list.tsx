import type { FormProblem } from "@circular-atlas/formats";

/** Problems with a link to each question they are about (the link opens its page and focuses it). */
export function ProblemList({
  title,
  problems,
  labelOf,
  onShow,
}: {
  title: string;
  problems: readonly FormProblem[];
  labelOf: (path: string) => string;
  onShow: (path: string) => void;
}) {
  return (
    <div className="problem-list" role="alert" data-testid="problem-list">
      <p>{title}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}-${problem.code}`} data-path={problem.path}>
            <a
              href={`#question-${problem.path}`}
              onClick={(event) => {
                event.preventDefault();
                onShow(problem.path);
              }}
            >
              {labelOf(problem.path)}
            </a>
            : <span dir="auto">{problem.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
