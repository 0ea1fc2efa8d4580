package com.flextime;

import com.flextime.infra.cli.ApiBenchmark;
import com.flextime.infra.cli.RelayBenchmark;
import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.bench.ScoreCommand;
import com.flextime.optimizer.cpsat.Solvers;
import com.flextime.optimizer.season.GenerateCommand;
import com.flextime.infra.cli.SubscribeCommand;
import com.flextime.infra.cli.TokenCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;

/**
 * The command line of {@code flextime.jar}: {@code serve} (the default) runs the service, {@code token} prints a
 * signed JWT for local use, {@code bench} measures the optimizer on RobinX benchmarks or the command API end to
 * end, {@code generate} produces a full Big 12 season for one sport, {@code subscribe} follows the event streams
 * as a downstream consumer group member would.
 */
public final class FlexTimeMain {

    private FlexTimeMain() {
    }

    public static void main(String[] args) {
        // Axon would otherwise phone home on start-up.
        System.setProperty("axoniq.update-checker.disabled", "true");
        String command = args.length == 0 || args[0].startsWith("-") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("-") ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> SpringApplication.run(FlexTimeApplication.class, rest);
            case "token" -> System.exit(TokenCommand.run(rest, System.out, System.err));
            case "bench" -> System.exit(bench(rest));
            case "score" -> System.exit(score(rest));
            case "generate" -> System.exit(GenerateCommand.run(rest, System.out));
            case "subscribe" -> System.exit(SubscribeCommand.run(rest, System.out, System.err));
            case "help", "--help" -> usage();
            default -> {
                System.err.println("unknown command '" + command + "'");
                usage();
                System.exit(2);
            }
        }
    }

    private static int bench(String[] args) {
        try {
            if (args.length > 0 && args[0].equals("relay")) {
                return RelayBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out);
            }
            if (args.length == 0 || !args[0].equals("api")) {
                return Benchmark.run(args, System.out, Solvers.byName(), Solvers.BENCH_DEFAULT);
            }
            return ApiBenchmark.run(Arrays.copyOfRange(args, 1, args.length), System.out);
        } catch (java.io.IOException | IllegalArgumentException e) {
            // no such instance file, unknown suite: the user's input, said in one line
            System.err.println("bench: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    private static int score(String[] args) {
        try {
            return ScoreCommand.run(args, System.out);
        } catch (java.io.IOException | IllegalArgumentException e) {
            System.err.println("score: " + e.getMessage());
            return 2;
        }
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar flextime.jar <command> [options]
                  serve                                     run the service (default)
                  token --role ROLE [--role ROLE] [--subject NAME] [--hours N]
                                                            print a signed JWT for local use
                  bench <instance.xml|name> --time 60s [--seed N] [--threads N] [--iterations N] [--out f.xml]
                        [--progress] [--runs N]
                  bench --suite ttp-nl|ttp-circ|ttp-sup|ttp-con|ttp-line|ttp-incr|itc2021-early|itc2021-test
                        --time 60s [--table f.md]
                        [--solver annealing|cpsat|hybrid|repair|patterns]
                                                            solve RobinX benchmarks, compare with best known
                  bench api [--seasons N] [--threads N] [--aggregate-cache weak|none]
                                                            measure the command API end to end
                  bench relay [--seasons N] [--threads N]  measure the stream relay: events/s, command to
                                                            subscriber latency
                  score <instance.xml|name> <solution.xml> [--soft]
                                                            score a RobinX solution, each hard (and soft)
                                                            violation explained
                  generate --sport MBB [--season 2025-26] [--time 30s] [--seed N] [--with [SPORT=]other.csv]
                           [--out mbb.csv]
                                                            generate a full Big 12 season and report its rules
                  subscribe --group NAME [--from $|0] [--consumer NAME] [--sport CODE]... [--redis URL]
                            [--claim-idle 60s] [--count N] [--for 30s]
                                                            print the integration events (CloudEvents, one JSON
                                                            line each) as a member of a Redis consumer group
                roles: VIEWER, SCHEDULER, AUDITOR, ADMIN""");
    }
}
