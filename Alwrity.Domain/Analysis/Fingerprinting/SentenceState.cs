namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Scratch state while reading one sentence.</summary>
internal struct SentenceState
{
    private int _previous1;
    private int _previous2;
    private int _previous3;
    private int _run;

    public byte PendingBreak;
    public bool SeenWord;
    public bool OpensWithImperative;
    public bool OpensWithNegativeContraction;
    public bool EndsWithQuestion;
    public bool EndsWithExclamation;
    public int PassiveGap;
    public bool PreviousIsVerbContext;
    public SentenceFlags Flags;

    public SentenceState()
    {
        PassiveGap = -1;
    }

    /// <summary>A ? or ! was read; it decides the type if nothing but closers follow.</summary>
    public void Terminal(bool question)
    {
        EndsWithQuestion |= question;
        EndsWithExclamation |= !question;
    }

    /// <summary>A word after terminal punctuation means the sentence ran on: forget the mark.</summary>
    public void AfterTerminal(bool keep)
    {
        if (!keep)
        {
            EndsWithQuestion = false;
            EndsWithExclamation = false;
        }
    }

    /// <summary>Remembers the word id for phrase markers (the last three within an unbroken run).</summary>
    public void Push(int id)
    {
        _previous3 = _previous2;
        _previous2 = _previous1;
        _previous1 = id;
        _run = Math.Min(_run + 1, 3);
    }

    public void ResetRun() => _run = 0;

    /// <summary>True when the words before the current one match all of <paramref name="ids"/> but the last.</summary>
    public readonly bool EndsWith(int[] ids)
    {
        var before = ids.Length - 1;
        if (before > _run)
        {
            return false;
        }

        return before switch
        {
            0 => true,
            1 => ids[0] == _previous1,
            2 => ids[0] == _previous2 && ids[1] == _previous1,
            _ => ids[0] == _previous3 && ids[1] == _previous2 && ids[2] == _previous1,
        };
    }
}
