package kg.sedoff.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kg.sedoff.graph.Inputs;
import kg.sedoff.link.Candidates;
import kg.sedoff.link.NotNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** candidates: the curator's to-do list of capitalised names no alias covers. */
@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = "Lists capitalised names and phrases in the corpus that no catalog alias covers, "
                + "with counts and a line of context, most frequent first.")
public final class CandidatesCommand implements Callable<Integer> {
    @Mixin
    BuildOptions build;
    @Option(names = "--min-count", defaultValue = "1", description = "Only names seen at least this often (default: ${DEFAULT-VALUE}).")
    int minCount;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Inputs inputs = Inputs.read(build.data, build.ontology != null ? build.ontology : Inputs.defaultOntologyDir(build.data));
        List<Candidates.Candidate> found = Candidates.find(inputs.documents(), inputs.catalog(),
                NotNames.read(build.data.resolve("not-names.txt")));
        var out = spec.commandLine().getOut();
        int shown = 0;
        for (Candidates.Candidate c : found) {
            if (c.count() >= minCount) {
                out.printf("%4d  %-32s  %s:%d  %s%n", c.count(), c.phrase(), c.documentId(), c.line(), c.context());
                shown++;
            }
        }
        spec.commandLine().getErr().println(shown + " candidate name(s) not covered by the catalog");
        return 0;
    }
}
