using System.Text;

namespace CampaignHub.Benchmarks.Circuits;

/// <summary>An element of a render batch's reference frames with its attributes and the event handlers bound to it.</summary>
public sealed record RenderedElement(string Name, IReadOnlyDictionary<string, string?> Attributes, IReadOnlyDictionary<string, ulong> EventHandlers);

/// <summary>
/// Reads what the driver needs from Blazor's binary render batch (the format of <c>RenderBatchWriter</c>): the
/// string table (text the batch carries) and the elements among the reference frames with their attributes and
/// event-handler ids, so a test can find "the button with data-testid=X" and raise its click.
/// Layout: sections (updated components, reference frames, disposed component ids, disposed event-handler ids,
/// string table), then the five section offsets as the batch's last 20 bytes. Every frame is 20 bytes: its type
/// (int32) and 16 bytes of fields; strings are int32 indexes into the string table (−1 = null).
/// </summary>
public sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;

    private readonly byte[] _data;
    private readonly int _referenceFramesOffset;
    private readonly int _stringTableOffset;
    private string?[]? _strings;

    public RenderBatchReader(byte[] data)
    {
        _data = data;
        var offsets = data.Length - 5 * sizeof(int);
        _referenceFramesOffset = BitConverter.ToInt32(data, offsets + 4);
        _stringTableOffset = BitConverter.ToInt32(data, offsets + 16);
    }

    /// <summary>Every string the batch carries (text, markup, attribute names and values).</summary>
    public IReadOnlyList<string?> Strings => _strings ??= ReadStrings();

    public bool Contains(string text) => Strings.Any(s => s is not null && s.Contains(text, StringComparison.Ordinal));

    public IEnumerable<RenderedElement> Elements()
    {
        var count = BitConverter.ToInt32(_data, _referenceFramesOffset);
        var first = _referenceFramesOffset + sizeof(int);
        for (var i = 0; i < count; i++)
        {
            if (FrameType(first, i) != ElementFrame)
            {
                continue;
            }

            var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
            var handlers = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var j = i + 1; j < count && FrameType(first, j) == AttributeFrame; j++)
            {
                var at = first + j * FrameSize + sizeof(int);
                var name = String(BitConverter.ToInt32(_data, at)) ?? string.Empty;
                var handler = BitConverter.ToUInt64(_data, at + 8);
                if (handler != 0)
                {
                    handlers[name] = handler;
                }
                else
                {
                    attributes[name] = String(BitConverter.ToInt32(_data, at + 4));
                }
            }

            yield return new RenderedElement(String(BitConverter.ToInt32(_data, first + i * FrameSize + 8)) ?? string.Empty, attributes, handlers);
        }
    }

    private int FrameType(int first, int index) => BitConverter.ToInt32(_data, first + index * FrameSize);

    private string? String(int index) => index < 0 || index >= Strings.Count ? null : Strings[index];

    private string?[] ReadStrings()
    {
        // The table is the strings themselves (BinaryWriter format: 7-bit length, UTF-8) followed by their offsets;
        // the offsets run from the table's offset to the five trailing section offsets.
        var count = (_data.Length - 5 * sizeof(int) - _stringTableOffset) / sizeof(int);
        var strings = new string?[count];
        using var reader = new BinaryReader(new MemoryStream(_data), Encoding.UTF8);
        for (var i = 0; i < count; i++)
        {
            reader.BaseStream.Position = BitConverter.ToInt32(_data, _stringTableOffset + i * sizeof(int));
            strings[i] = reader.ReadString();
        }

        return strings;
    }
}
