import { combineWindows, measureInRounds, type CellResult, type LoadOptions } from "../../bench/load";

const window = (reqPerSec: number, requests: number, cpuMsPerRequest: number, peakRssMb: number): CellResult => ({
  reqPerSec, p50: 1000 / reqPerSec, p99: 2000 / reqPerSec, cpuMsPerRequest, pgCpuMsPerRequest: cpuMsPerRequest / 2, peakRssMb,
  requests, failures: 0, warmupSeconds: 2, windowSeconds: 3, runs: [{ reqPerSec, p50: 1000 / reqPerSec, p99: 2000 / reqPerSec }],
});

describe("the bench measures the servers of a cell in rounds (bench/load.ts)", () => {
  it("reports a server's medians over its windows, CPU per request weighted by the windows' requests, and the highest RSS", () => {
    const cell = combineWindows([window(100, 300, 2, 250), window(50, 150, 4, 300), window(80, 240, 3, 200)]);
    expect(cell.reqPerSec).toBe(80);
    expect(cell.p50).toBeCloseTo(1000 / 80);
    expect(cell.requests).toBe(690);
    expect(cell.cpuMsPerRequest).toBeCloseTo((300 * 2 + 150 * 4 + 240 * 3) / 690);
    expect(cell.pgCpuMsPerRequest).toBeCloseTo(cell.cpuMsPerRequest / 2);
    expect(cell.peakRssMb).toBe(300);
    expect(cell.runs).toHaveLength(3);
  });

  it("gives every server one window per round, in the same order, and runs `after` after each window", async () => {
    const order: string[] = [];
    const servers = ["api", "floor"].map((kind) => ({ kind, server: { url: `http://127.0.0.1:9/${kind}`, pid: 0 } as never, body: "{}", authorization: undefined }));
    const measure = jest.fn(async (server: { url: string }) => {
      order.push(server.url.split("/").pop()!);
      return window(10, 30, 1, 100);
    });
    const cells = await measureInRounds(servers, { runs: 3 } as LoadOptions, { after: async () => void order.push("after"), measure: measure as never });
    expect(order).toEqual(["api", "after", "floor", "after", "api", "after", "floor", "after", "api", "after", "floor", "after"]);
    expect(measure.mock.calls.every((call) => (call as unknown[])[3] && ((call as unknown[])[3] as LoadOptions).runs === 1)).toBe(true);
    expect([...cells.keys()]).toEqual(["api", "floor"]);
    expect(cells.get("api")!.runs).toHaveLength(3);
  });
});
