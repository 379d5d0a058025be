using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Pix2Midi.Benchmarks.FrameProcessorBenchmarks).Assembly).Run(args);
