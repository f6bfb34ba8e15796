using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Runs a JSON Lines batch: one answer a line, in input order, however long the input.
/// Chunks of whole lines are evaluated in parallel and written in order; a bounded queue keeps
/// memory flat (ADR 0203).</summary>
internal sealed class JsonLinesBatch(IJsonLineEvaluator evaluator, JsonLinesBatchOptions? options = null)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The output is data for programs, not HTML; keep "can't" and "°C" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly JsonLinesBatchOptions settings = options ?? new JsonLinesBatchOptions();

    /// <summary>Output buffers go round between workers and the writer instead of being reallocated.</summary>
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> spareOutputs = [];

    public async Task<JsonLinesSummary> RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<ChunkAnswer>>(new BoundedChannelOptions(settings.ChunksInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        var writing = WriteInOrderAsync(queue.Reader, output, cancellationToken);
        try
        {
            var chunker = new InputChunker(input, settings.ChunkBytes, settings.MaxLineBytes);
            await foreach (var chunk in chunker.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var answer = settings.ChunksInFlight > 1
                    ? Task.Run(() => Answer(chunk), cancellationToken)
                    : Task.FromResult(Answer(chunk));
                await queue.Writer.WriteAsync(answer, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Writer.Complete();
        }

        return await writing.ConfigureAwait(false);
    }

    private async Task<JsonLinesSummary> WriteInOrderAsync(
        ChannelReader<Task<ChunkAnswer>> answers, Stream output, CancellationToken cancellationToken)
    {
        long lines = 0, errors = 0;
        await foreach (var pending in answers.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var answer = await pending.ConfigureAwait(false);
            await output.WriteAsync(answer.Output.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            lines += answer.Lines;
            errors += answer.Errors;
            answer.Output.ResetWrittenCount();
            spareOutputs.Add(answer.Output);
        }

        return new JsonLinesSummary(lines, errors);
    }

    private ChunkAnswer Answer(InputChunk chunk)
    {
        try
        {
            if (!spareOutputs.TryTake(out var output))
            {
                output = new ArrayBufferWriter<byte>(Math.Max(4096, chunk.Bytes.Length * 2));
            }

            using var writer = new Utf8JsonWriter(output, WriterOptions);
            if (chunk.IsTooLong)
            {
                LineError.Write(writer, chunk.FirstLine, null, LineError.LineTooLong(settings.MaxLineBytes));
                EndLine(writer, output);
                return new ChunkAnswer(output, 1, 1);
            }

            var bytes = chunk.Bytes;
            if (chunk.FirstLine == 1 && bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            long lineNumber = chunk.FirstLine, lines = 0, errors = 0;
            while (!bytes.IsEmpty)
            {
                var end = bytes.Span.IndexOf((byte)'\n');
                var line = end < 0 ? bytes : bytes[..end];
                bytes = end < 0 ? ReadOnlyMemory<byte>.Empty : bytes[(end + 1)..];
                if (!AnswerLine(TrimCarriageReturn(line), lineNumber, writer))
                {
                    errors++;
                }

                EndLine(writer, output);
                lineNumber++;
                lines++;
            }

            return new ChunkAnswer(output, lines, errors);
        }
        finally
        {
            chunk.Release();
        }
    }

    private bool AnswerLine(ReadOnlyMemory<byte> line, long lineNumber, Utf8JsonWriter writer)
    {
        if (line.Span.Trim(" \t"u8).IsEmpty)
        {
            LineError.Write(writer, lineNumber, null, LineError.BlankLine());
            return false;
        }

        if (line.Length > settings.MaxLineBytes)
        {
            LineError.Write(writer, lineNumber, null, LineError.LineTooLong(settings.MaxLineBytes));
            return false;
        }

        return evaluator.Evaluate(line, lineNumber, writer);
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        !line.IsEmpty && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private static void EndLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> output)
    {
        writer.Flush();
        output.Write("\n"u8);
        writer.Reset(output);
    }

    private sealed record ChunkAnswer(ArrayBufferWriter<byte> Output, long Lines, long Errors);
}
